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
import org.studysite.markdown.PlainText;
import org.studysite.model.Heading;
import org.studysite.model.Note;
import org.studysite.model.NoteId;
import org.studysite.model.Section;

/** One Flexmark pass over a note's source into the immutable {@link Note} model. Pure; thread-safe. */
public final class NoteParser {
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

    public Result<Note> parse(SourceFile source) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        String markdown = source.text();
        Document document = dialect.parse(markdown);
        int lastLine = source.markdown().lineCount();
        FrontMatter front = frontMatter.read(document, source.path(), diagnostics);
        HeadingIds ids = new HeadingIds();
        List<Heading> headings = headingCollector.collect(document, ids);
        NoteId id = new NoteId(source.path().substring(0, source.path().length() - 3));
        TitleResolver.Title title = TitleResolver.resolve(document, front, headings, id.baseName());
        List<Section> sections = sectionBuilder.build(document, headings, lastLine, title.headingLine().orElse(0));
        var scoped = tagScoper.scope(document, sections, front.tags(), title.text(), lastLine,
                title.subtitleLine().orElse(0), ids);
        List<Integer> headerLines = new ArrayList<>();
        title.headingLine().ifPresent(headerLines::add);
        title.subtitleLine().ifPresent(headerLines::add);
        if (scoped.tagsLine() > 0) headerLines.add(scoped.tagsLine());
        Note note = new Note(id, source.path(), title.text(), title.subtitle(),
                summary(document, title.subtitle(), headerLines), scoped.noteTags(), headings, sections,
                scoped.regions(), scoped.anchors(), linkCollector.collect(document, sections),
                tableExtractor.extract(document, sections, ids, scoped.anchors()), drillExtractor.extract(document, sections),
                glossaryExtractor.extract(document, sections),
                headerLines, sectionTexts.extract(document, sections, title.text()), source.markdown());
        return new Result<>(note, diagnostics);
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
