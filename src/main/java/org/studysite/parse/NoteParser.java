package org.studysite.parse;

import org.studysite.markdown.SourceLines;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.studysite.diagnostics.Diagnostic;
import org.studysite.diagnostics.Result;
import org.studysite.model.SourceFile;
import org.studysite.markdown.HeadingIds;
import org.studysite.markdown.MarkdownDialect;
import org.studysite.markdown.Nodes;
import org.studysite.model.MarkdownText;
import org.studysite.markdown.PlainText;
import org.studysite.model.Heading;
import org.studysite.model.Note;
import org.studysite.model.NoteId;
import org.studysite.model.Section;

/** One Flexmark pass over a note's source into the immutable {@link Note} model. Pure; thread-safe. */
public final class NoteParser {
    /**
     * Levels of the Markdown tree a note may have. Flexmark renders recursively, about 1 KB of stack
     * a level, and overflows a 1 MB thread stack near 950 levels; {@link StructureGuard} keeps block
     * nesting to 32 (under 70 levels), so only inline nesting (emphasis in emphasis, hundreds deep)
     * reaches this, which no real note does.
     */
    static final int MAX_DEPTH = 256;
    private static final String EMPTIED = "*This note is not shown: its Markdown is nested too deeply to build"
            + " (see the build's warnings).*\n";
    private final MarkdownDialect dialect;
    private final FrontMatterReader frontMatter = new FrontMatterReader();
    private final HeadingCollector headingCollector = new HeadingCollector();
    private final SectionBuilder sectionBuilder = new SectionBuilder();
    private final TagScoper tagScoper = new TagScoper();
    private final LinkCollector linkCollector = new LinkCollector();
    private final TableExtractor tableExtractor = new TableExtractor();
    private final DrillExtractor drillExtractor = new DrillExtractor();
    private final GlossaryExtractor glossaryExtractor = new GlossaryExtractor();
    private final SectionTextExtractor sectionTexts = new SectionTextExtractor();

    public NoteParser(MarkdownDialect dialect) {
        this.dialect = dialect;
    }

    /**
     * Parses one note. A note Flexmark cannot take whole (nesting past {@link #MAX_DEPTH}, or a stack
     * overflow anyway) becomes an empty page with a warning, so the rest of the vault still builds.
     */
    public Result<Note> parse(SourceFile source) {
        String text = source.text();
        StructureGuard.Guarded guarded = StructureGuard.guard(source.path(), text);
        List<Diagnostic> diagnostics = new ArrayList<>(guarded.diagnostics());
        MarkdownText markdown = guarded.text().equals(text) ? source.markdown() : new MarkdownText(guarded.text());
        try {
            Document document = dialect.parse(guarded.text());
            // Before anything walks the tree: every walk below, and Flexmark's renderer, recurses per level.
            Node deep = Nodes.deeperThan(document, MAX_DEPTH);
            if (deep != null) {
                diagnostics.add(Diagnostic.warning(source.path(), SourceLines.start(deep), "Markdown nested more than "
                        + MAX_DEPTH + " levels deep (emphasis, links or images inside each other); the note is left empty"));
                return new Result<>(emptied(source), diagnostics);
            }
            return new Result<>(note(source, markdown, document, diagnostics), diagnostics);
        } catch (StackOverflowError e) {
            // Flexmark gives no line for this: the note's first line still makes a path:line the writer can open.
            diagnostics.add(Diagnostic.warning(source.path(), 1,
                    "Markdown too deeply nested to parse (stack overflow); the note is left empty"));
            return new Result<>(emptied(source), diagnostics);
        }
    }

    /** The note in place of one that could not be parsed: its page and links stay, with a line saying why. */
    private Note emptied(SourceFile source) {
        return parse(new SourceFile(source.path(), EMPTIED)).value();
    }

    private Note note(SourceFile source, MarkdownText markdown, Document document, List<Diagnostic> diagnostics) {
        int lastLine = markdown.lineCount();
        FrontMatter front = frontMatter.read(document, source.path(), diagnostics);
        HeadingIds ids = new HeadingIds();
        List<Heading> headings = headingCollector.collect(document, ids, source.path(), diagnostics);
        NoteId id = new NoteId(source.path().substring(0, source.path().length() - 3));
        TitleResolver.Title title = TitleResolver.resolve(document, front, headings, id.baseName());
        List<Section> sections = sectionBuilder.build(document, headings, lastLine, title.headingLine().orElse(0));
        var scoped = tagScoper.scope(document, sections, front.tags(), title.text(), lastLine,
                title.subtitleLine().orElse(0), ids, source.path(), diagnostics);
        List<Integer> headerLines = new ArrayList<>();
        title.headingLine().ifPresent(headerLines::add);
        title.subtitleLine().ifPresent(headerLines::add);
        if (scoped.tagsLine() > 0) headerLines.add(scoped.tagsLine());
        return new Note(id, source.path(), title.text(), title.subtitle(),
                summary(document, title.subtitle(), headerLines), scoped.noteTags(), headings, sections,
                scoped.regions(), scoped.anchors(), linkCollector.collect(document, sections),
                tableExtractor.extract(document, sections, ids, scoped.anchors()), drillExtractor.extract(document, sections),
                glossaryExtractor.extract(document, sections),
                headerLines, sectionTexts.extract(document, sections, title.text()), markdown);
    }

    /** The subtitle, else the first sentence of the first ordinary paragraph. */
    private static String summary(Document document, Optional<String> subtitle, List<Integer> headerLines) {
        if (subtitle.isPresent()) return subtitle.get();
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Paragraph p && !headerLines.contains(SourceLines.start(p))
                    && !(p.getFirstChild() instanceof StrongEmphasis && p.getFirstChild().getNext() == null)) {
                String text = PlainText.of(p);
                if (text.isEmpty()) continue;
                int end = text.indexOf(". ");
                return PlainText.shorten(end > 0 ? text.substring(0, end + 1) : text, 160);
            }
        }
        return "";
    }
}
