package org.studysite.markdown;

import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.wikilink.WikiLinkExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.List;

/**
 * Our Markdown: CommonMark plus GFM tables, strikethrough, task lists and autolinks, YAML front
 * matter and Obsidian wikilinks ({@code [[Note#Heading|text]]}). Parse and render share these
 * options so both stages see the same tree. {@code ![[x]]} (an Obsidian embed) is a WikiImage node. Flexmark's Parser is immutable once built and makes
 * a fresh document parser per call, so one instance serves all threads.
 */
public final class MarkdownDialect {
    private final DataHolder options;
    private final Parser parser;

    public MarkdownDialect() {
        this(List.of());
    }

    /** With extra (render-time) extensions added after ours. */
    public MarkdownDialect(List<Extension> extraExtensions) {
        MutableDataSet set = new MutableDataSet();
        List<Extension> extensions = new java.util.ArrayList<>(List.of(
                TablesExtension.create(), StrikethroughExtension.create(), TaskListExtension.create(),
                GuardedAutolinkExtension.create(), YamlFrontMatterExtension.create(), WikiLinkExtension.create()));
        extensions.addAll(extraExtensions);
        set.set(Parser.EXTENSIONS, extensions);
        // Obsidian writes [[target|shown text]]: the link comes first.
        set.set(WikiLinkExtension.LINK_FIRST_SYNTAX, true);
        set.set(WikiLinkExtension.ALLOW_ANCHORS, true);
        set.set(WikiLinkExtension.ALLOW_PIPE_ESCAPE, true);
        // CommonMark writes a name with spaces as [s](<my note.md>); flexmark follows an older spec that allows no
        // space even between <>, and this is its only switch for it (so it also takes [s](my note.md)).
        set.set(Parser.SPACE_IN_LINK_URLS, true);
        // Obsidian embeds, ![[image.png]] and ![[note#Section]], are WikiImage nodes.
        set.set(WikiLinkExtension.IMAGE_LINKS, true);
        // GitHub table behaviour: ragged rows are padded or cut to the header's width.
        set.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        set.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        set.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, false);
        set.set(TablesExtension.WITH_CAPTION, false);
        this.options = set.toImmutable();
        this.parser = Parser.builder(options).build();
    }

    public Document parse(String markdown) {
        return parser.parse(markdown);
    }

    public DataHolder options() {
        return options;
    }
}
