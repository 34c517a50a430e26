package org.studysite.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.studysite.markdown.HeadingIds;
import org.studysite.model.Library;
import org.studysite.model.Note;
import org.studysite.model.SitePath;
import org.studysite.model.Table;
import org.studysite.model.Tag;
import org.studysite.render.view.ComparisonEntry;
import org.studysite.render.view.ComparisonsView;
import org.studysite.render.view.FilterOption;
import org.studysite.render.view.LinkView;

/**
 * comparisons.html: every table of the vault with its caption, note, tags and a link to it in
 * place. Comparisons come first because that is what a reader revising "A vs B" looks for.
 */
final class ComparisonPages {
    static final SitePath PATH = new SitePath("comparisons.html");
    /** Headings that announce a comparison: whole words, so "canvas" or "compared-to" in a slug do not count. */
    private static final Pattern COMPARISON = Pattern.compile("(?iu)\\b(vs\\.?|versus|comparisons?|compare[sd]?)\\b");
    private static final int FEATURED_COLUMNS = 3;

    private record Placed(Note note, Table table) {
    }

    /** @param ordered the notes with pages, in navigation order: the order tables are listed in */
    PlannedPage page(Library library, List<Note> ordered) {
        List<Placed> placed = new ArrayList<>();
        ordered.forEach(n -> n.tables().forEach(t -> placed.add(new Placed(n, t))));
        HeadingIds ids = new HeadingIds();
        List<ComparisonEntry> featured = new ArrayList<>();
        List<ComparisonEntry> others = new ArrayList<>();
        TreeSet<Tag> tags = new TreeSet<>();
        Map<String, String> notes = new LinkedHashMap<>();
        for (Placed p : placed) {
            ComparisonEntry entry = entry(library, p, ids);
            (featured(p.table()) ? featured : others).add(entry);
            tags.addAll(library.tagsAt(p.note().id(), p.table().line()));
            notes.putIfAbsent(entry.noteKey(), entry.noteTitle());
        }
        List<FilterOption> tagOptions = tags.stream().map(t -> new FilterOption(t.name(), "#" + t.name())).toList();
        List<FilterOption> noteOptions = notes.entrySet().stream().map(e -> new FilterOption(e.getKey(), e.getValue())).toList();
        return new PlannedPage(PATH, "comparisons.ftlh", new ComparisonsView(PATH.value(), PATH.rootPath(),
                "Comparisons", placed.size(), tagOptions, noteOptions, featured, others));
    }

    static boolean featured(Table table) {
        return table.header().size() >= FEATURED_COLUMNS || COMPARISON.matcher(caption(table)).find();
    }

    /** Heading path then bold label, "Model Endpoints › Endpoint vs Batch Comparison"; the header row if neither. */
    static String caption(Table table) {
        List<String> parts = new ArrayList<>(table.headingPath());
        if (!table.label().isEmpty()) parts.add(table.label());
        return parts.isEmpty() ? String.join(" · ", table.header()) : String.join(" › ", parts);
    }

    private static ComparisonEntry entry(Library library, Placed p, HeadingIds ids) {
        SitePath notePage = library.pages().get(p.note().id());
        String noteKey = p.note().id().value();
        // The note's path keeps entries of same-named tables in different notes apart; the allocator settles the rest.
        String id = ids.allocateSlug(HeadingIds.slug(noteKey.replace('/', ' ')) + "--" + p.table().anchor());
        List<Tag> tags = library.tagsAt(p.note().id(), p.table().line());
        List<LinkView> tagLinks = tags.stream().map(t -> new LinkView("#" + t.name(), "",
                PATH.relativeUrlTo(new SitePath(SiteViews.tagPath(t))))).toList();
        return new ComparisonEntry(id, caption(p.table()), p.note().title(), PATH.relativeUrlTo(notePage), noteKey,
                PATH.relativeUrlTo(notePage) + "#" + p.table().anchor(), tagLinks,
                String.join(" ", tags.stream().map(Tag::name).toList()), p.table().header(), p.table().rows());
    }
}
