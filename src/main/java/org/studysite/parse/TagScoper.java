package org.studysite.parse;

import org.studysite.markdown.SourceLines;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.wikilink.WikiImage;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import org.studysite.diagnostics.Diagnostic;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.studysite.markdown.HeadingIds;
import org.studysite.markdown.PlainText;
import org.studysite.markdown.TagSyntax;
import org.studysite.model.BlockAnchor;
import org.studysite.model.Heading;
import org.studysite.model.Section;
import org.studysite.model.Tag;
import org.studysite.model.TagScope;
import org.studysite.model.TaggedRegion;

/**
 * Decides what each tag covers (NOTES-FORMAT.md, "Tags"): the whole note for front matter and the
 * {@code **Tags:**} line, a section for a tag in a heading, and for a tag in a paragraph (or table)
 * that block plus the blocks that belong to it. Tagged blocks get an anchor id so tag pages can
 * link to them. Headings that merely name a tag are scoped later, once the vault's tags are known.
 */
final class TagScoper {
    private static final int EXCERPT_CHARS = 140;

    /** The result: note-wide tags, every tagged region, anchors for tagged blocks, the Tags line. */
    record Scoped(List<Tag> noteTags, List<TaggedRegion> regions, List<BlockAnchor> anchors, int tagsLine) {
    }

    /** @param subtitleLine the subtitle heading's line (0 if none): it does not end the note's preamble */
    Scoped scope(Document document, List<Section> sections, List<Tag> frontMatterTags, String title,
                 int lastLine, int subtitleLine, HeadingIds ids, String file, List<Diagnostic> diagnostics) {
        Optional<Paragraph> tagsLine = findTagsLine(document, sections, subtitleLine);
        Set<Tag> written = new LinkedHashSet<>(frontMatterTags);
        tagsLine.ifPresent(p -> written.addAll(HeadingCollector.tagsIn(p)));
        List<Tag> noteTags = TagLimit.first(List.copyOf(written), file, tagsLine.map(SourceLines::start).orElse(1),
                "note (front matter and Tags line)", diagnostics);

        List<TaggedRegion> regions = new ArrayList<>();
        for (Tag tag : noteTags) {
            regions.add(new TaggedRegion(tag, TagScope.NOTE, "", List.of(), title, "", 1, lastLine));
        }
        for (Section s : sections) {
            for (Tag tag : s.heading().tags()) {
                regions.add(new TaggedRegion(tag, TagScope.SECTION, s.heading().id(), s.path(), s.heading().text(),
                        s.excerpt(), s.startLine(), s.endLine()));
            }
        }
        List<BlockAnchor> anchors = new ArrayList<>();
        taggedBlocks(document, tagsLine.orElse(null)).forEach((block, tags) -> scopeBlock(block,
                TagLimit.first(List.copyOf(tags), file, SourceLines.start(block), "block", diagnostics), sections, ids, regions, anchors));
        regions.sort(java.util.Comparator.comparingInt(TaggedRegion::startLine)
                .thenComparing(TaggedRegion::scope).thenComparing(r -> r.tag().name()));
        return new Scoped(noteTags, regions, anchors, tagsLine.map(SourceLines::start).orElse(0));
    }

    /** A paragraph starting with bold "Tags:" before the first level-2 heading. */
    private static Optional<Paragraph> findTagsLine(Document document, List<Section> sections, int subtitleLine) {
        int firstH2 = sections.stream().filter(s -> s.heading().level() == 2 && s.startLine() != subtitleLine)
                .mapToInt(Section::startLine).findFirst().orElse(Integer.MAX_VALUE);
        for (Node n = document.getFirstChild(); n != null && SourceLines.start(n) < firstH2; n = n.getNext()) {
            if (n instanceof Paragraph p && p.getFirstChild() instanceof StrongEmphasis strong
                    && PlainText.of(strong).replace(":", "").strip().equalsIgnoreCase("tags")) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Blocks (paragraphs or tables) that hold tags, in document order, with their tags. */
    private static Map<Node, Set<Tag>> taggedBlocks(Document document, Paragraph tagsLine) {
        Map<Node, Set<Tag>> blocks = new LinkedHashMap<>();
        collect(document, tagsLine, blocks);
        return blocks;
    }

    private static void collect(Node node, Paragraph tagsLine, Map<Node, Set<Tag>> blocks) {
        if (node == tagsLine || node instanceof com.vladsch.flexmark.ast.Heading || node instanceof FencedCodeBlock
                || node instanceof IndentedCodeBlock || node instanceof HtmlBlock || node instanceof Link
                || node instanceof WikiLink || node instanceof WikiImage) {
            return;
        }
        List<Tag> found = new ArrayList<>();
        if (node instanceof Code code) {
            TagSyntax.ofCode(code).ifPresent(found::add);
        } else if (node instanceof Text text && !(text.getParent() instanceof Code)) {
            TagSyntax.inText(text.getChars()).forEach(h -> found.add(h.tag()));
        }
        if (!found.isEmpty()) {
            Node block = owningBlock(node);
            if (block != null) {
                blocks.computeIfAbsent(block, b -> new LinkedHashSet<>()).addAll(found);
            }
            return;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            collect(child, tagsLine, blocks);
        }
    }

    private static Node owningBlock(Node node) {
        Node paragraph = null;
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof TableBlock) return n;
            if (n instanceof Paragraph && paragraph == null) paragraph = n;
        }
        return paragraph;
    }

    private static void scopeBlock(Node block, List<Tag> tags, List<Section> sections, HeadingIds ids,
                                   List<TaggedRegion> regions, List<BlockAnchor> anchors) {
        List<Node> members = members(block);
        int start = SourceLines.start(block);
        int end = SourceLines.end(members.get(members.size() - 1));
        Node anchorNode = block.getParent() instanceof ListItem item && item.getFirstChild() == block ? item : block;
        String label = label(block);
        String id = ids.allocate(label.isEmpty() ? "tagged" : label);
        anchors.add(new BlockAnchor(SourceLines.start(anchorNode), id));
        StringBuilder joined = new StringBuilder();
        members.forEach(m -> joined.append(PlainText.of(m)).append(' '));
        String text = joined.toString().strip();
        // A bold label is shown as the entry's title; the excerpt starts after it.
        boolean boldLabel = block instanceof Paragraph p && p.getFirstChild() instanceof StrongEmphasis;
        if (boldLabel && text.startsWith(label)) text = text.substring(label.length()).replaceFirst("^[:\\s]+", "");
        List<String> path = sectionAt(sections, start).map(Section::path).orElse(List.of());
        for (Tag tag : tags) {
            regions.add(new TaggedRegion(tag, TagScope.BLOCK, id, path, label,
                    PlainText.shorten(text, EXCERPT_CHARS), start, end));
        }
    }

    /**
     * The tagged block and the blocks that belong to it: following siblings up to the next heading,
     * thematic break, bold-label paragraph or other tagged paragraph.
     */
    private static List<Node> members(Node block) {
        List<Node> members = new ArrayList<>(List.of(block));
        if (block instanceof TableBlock) return members;
        for (Node n = block.getNext(); n != null; n = n.getNext()) {
            if (n instanceof com.vladsch.flexmark.ast.Heading || n instanceof ThematicBreak
                    || (n instanceof Paragraph p && (p.getFirstChild() instanceof StrongEmphasis
                    || HeadingCollector.hasTags(p)))) {
                break;
            }
            members.add(n);
        }
        return members;
    }

    /** A bold label ("Exam Scenario") when the block starts with one, else its first words. */
    private static String label(Node block) {
        if (block instanceof Paragraph p && p.getFirstChild() instanceof StrongEmphasis strong) {
            String bold = PlainText.of(strong).replaceAll("[:\\s]+$", "");
            if (!bold.isEmpty()) return bold;
        }
        String text = PlainText.of(block instanceof TableBlock ? block.getFirstChild() : block);
        String[] words = text.split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, 6))).replaceAll("[:\\s]+$", "");
    }

    private static Optional<Section> sectionAt(List<Section> sections, int line) {
        Section found = null;
        for (Section s : sections) {
            if (s.startLine() <= line && line <= s.endLine()) found = s;
        }
        return Optional.ofNullable(found);
    }

    static Optional<Heading> headingAt(List<Section> sections, int line) {
        return sectionAt(sections, line).map(Section::heading);
    }
}
