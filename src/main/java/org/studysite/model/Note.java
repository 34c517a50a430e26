package org.studysite.model;

import java.util.List;
import java.util.Optional;

/**
 * One parsed note. Lists are in document order and immutable. {@code markdownText} is the source,
 * re-parsed by the renderer so no mutable AST lives in the model. {@code sourcePath} is the
 * vault-relative file path ("aws/sagemaker.md"). {@code headerLines} are the first lines of the
 * blocks shown in the page header instead of the body: the title heading, the subtitle heading and
 * the {@code **Tags:**} line. {@code texts} is the searchable text of each section, in order.
 */
public record Note(NoteId id, String sourcePath, String title, Optional<String> subtitle, String summary,
                   List<Tag> noteTags, List<Heading> headings, List<Section> sections,
                   List<TaggedRegion> regions, List<BlockAnchor> blockAnchors, List<RawLink> links,
                   List<Table> tables, List<Drill> drills, List<Definition> definitions,
                   List<Integer> headerLines,
                   List<SectionText> texts, MarkdownText markdownText) {
    public Note {
        headerLines = List.copyOf(headerLines);
        texts = List.copyOf(texts);
        noteTags = List.copyOf(noteTags);
        headings = List.copyOf(headings);
        sections = List.copyOf(sections);
        regions = List.copyOf(regions);
        blockAnchors = List.copyOf(blockAnchors);
        links = List.copyOf(links);
        tables = List.copyOf(tables);
        drills = List.copyOf(drills);
        definitions = List.copyOf(definitions);
    }

    /** The note's Markdown, decoded from {@link #markdownText}. */
    public String markdown() {
        return markdownText.toString();
    }

    /**
     * This note without its search texts: they are the search stage's input, and once the vault is
     * indexed, pages do not need them (at 10,000 notes they are 200 MB of heap).
     */
    public Note withoutTexts() {
        return new Note(id, sourcePath, title, subtitle, summary, noteTags, headings, sections, regions, blockAnchors,
                links, tables, drills, definitions, headerLines, List.of(), markdownText);
    }
}
