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
import org.studysite.render.view.PackedPart;
import org.studysite.url.Hrefs;
import org.studysite.url.SitePaths;

/**
 * comparisons.html: every table of the vault with its caption, note, tags and a link to it in
 * place. Comparisons come first because that is what a reader revising "A vs B" looks for. When
 * the tables fill several parts, each part's tables are packed into a script (lists/comparisons.n.js)
 * that the part's page inflates: table markup deflates to a sixth, and the tables are in their notes' pages too.
 */
final class ComparisonPages {
    static final SitePath PATH = SitePaths.COMPARISONS;
    /** Headings that announce a comparison: whole words, so "canvas" or "compared-to" in a slug do not count. */
    private static final Pattern COMPARISON = Pattern.compile("(?iu)\\b(vs\\.?|versus|comparisons?|compare[sd]?)\\b");
    private static final int FEATURED_COLUMNS = 3;

    /** A table in its note; {@code order} is its place in navigation order. */
    private record Placed(Note note, Table table, int order) {
    }

    /** @param ordered the notes with pages, in navigation order: the order tables are listed in */
    List<PlannedPage> plan(Library library, List<Note> ordered) {
        List<Placed> featured = new ArrayList<>();
        List<Placed> others = new ArrayList<>();
        // Anchors are allocated in navigation order, so a table keeps its anchor whichever part it lands on.
        HeadingIds ids = new HeadingIds();
        Map<Placed, String> anchors = new java.util.IdentityHashMap<>();
        ordered.forEach(n -> n.tables().forEach(t -> {
            Placed p = new Placed(n, t, anchors.size());
            anchors.put(p, ids.allocateSlug(HeadingIds.slug(n.id().value().replace('/', ' ')) + "--" + t.anchor()));
            (featured(t) ? featured : others).add(p);
        }));
        List<Placed> all = new ArrayList<>(featured);
        all.addAll(others);
        List<List<Placed>> parts = Parts.split(all, ComparisonPages::weight);
        List<String> labels = Parts.ranges(parts);
        List<PlannedPage> pages = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            SitePath path = Parts.path(PATH, i);
            List<ComparisonEntry> featuredHere = new ArrayList<>();
            List<ComparisonEntry> othersHere = new ArrayList<>();
            TreeSet<Tag> tags = new TreeSet<>();
            Map<String, String> notes = new LinkedHashMap<>();
            for (Placed p : parts.get(i)) {
                ComparisonEntry entry = entry(library, path, p, anchors.get(p));
                (featured(p.table()) ? featuredHere : othersHere).add(entry);
                tags.addAll(library.tagsAt(p.note().id(), p.table().line()));
            }
            // The note filter lists notes in navigation order, as the notes themselves are listed.
            parts.get(i).stream().sorted(java.util.Comparator.comparingInt(Placed::order))
                    .forEach(p -> notes.putIfAbsent(p.note().id().value(), p.note().title()));
            List<FilterOption> tagOptions = tags.stream().map(t -> new FilterOption(t.name(), "#" + t.name())).toList();
            List<FilterOption> noteOptions = notes.entrySet().stream().map(e -> new FilterOption(e.getKey(), e.getValue())).toList();
            String title = parts.size() < 2 ? "Comparisons" : "Comparisons (part " + (i + 1) + " of " + parts.size() + ")";
            SitePath script = Parts.listScript(path, parts.size());
            ComparisonsView view = new ComparisonsView(Hrefs.fromRoot(path), path.rootPath(), title,
                    parts.get(i).size(), all.size(), tagOptions, noteOptions, featuredHere, othersHere,
                    Parts.pager(PATH, parts.size(), i, labels), script == null ? "" : Hrefs.between(path, script));
            pages.add(new PlannedPage(path, "comparisons.ftlh", view));
            if (script != null) pages.add(new PlannedPage(script, "comparisons-list.ftlh", new PackedPart(view)));
        }
        return pages;
    }

    private static int weight(Placed p) {
        int w = Parts.weigh(caption(p.table()), p.note().title()) + 60 * p.table().header().size();
        for (List<String> row : p.table().rows()) for (String cell : row) w += cell.length() + 10;
        return w;
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

    private static ComparisonEntry entry(Library library, SitePath page, Placed p, String id) {
        SitePath notePage = library.pages().get(p.note().id());
        String noteKey = p.note().id().value();
        List<Tag> tags = library.tagsAt(p.note().id(), p.table().line());
        List<LinkView> tagLinks = tags.stream().map(t -> new LinkView("#" + t.name(), "",
                Hrefs.between(page, SitePaths.tag(t)))).toList();
        return new ComparisonEntry(id, caption(p.table()), p.note().title(), Hrefs.between(page, notePage), noteKey,
                Hrefs.between(page, notePage, p.table().anchor()), tagLinks,
                String.join(" ", tags.stream().map(Tag::name).toList()), p.table().header(), p.table().rows());
    }
}
