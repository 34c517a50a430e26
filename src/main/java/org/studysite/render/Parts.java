package org.studysite.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import org.studysite.model.SitePath;
import org.studysite.render.view.PartLink;
import org.studysite.url.Hrefs;

/**
 * Splits a whole-vault list (a tag's places, every table, every card) into parts of bounded size,
 * so that no page grows with the vault. The first part keeps the list's usual path
 * ({@code tags/exam-tip.html}); part n of the rest is {@code tags/exam-tip.n.html}: tag names and
 * our fixed page names have no '.', so a part never takes another page's path.
 */
final class Parts {
    /** About this many bytes of item text make one part: a page of a few hundred KB at most. */
    static final int BUDGET = 120_000;

    private Parts() {
    }

    /** Consecutive runs of {@code items}, each weighing at most {@code budget} unless one item alone weighs more. */
    static <T> List<List<T>> split(List<T> items, ToIntFunction<T> weight, int budget) {
        List<List<T>> parts = new ArrayList<>();
        List<T> current = new ArrayList<>();
        long load = 0;
        for (T item : items) {
            int w = Math.max(1, weight.applyAsInt(item));
            if (!current.isEmpty() && load + w > budget) {
                parts.add(current);
                current = new ArrayList<>();
                load = 0;
            }
            current.add(item);
            load += w;
        }
        if (!current.isEmpty() || parts.isEmpty()) parts.add(current);
        return parts;
    }

    static <T> List<List<T>> split(List<T> items, ToIntFunction<T> weight) {
        return split(items, weight, BUDGET);
    }

    /** The path of part {@code index} (0-based) of a list whose first part is at {@code first}. */
    static SitePath path(SitePath first, int index) {
        return index == 0 ? first : numbered(first, index + 1);
    }

    /** {@code x.html} numbered {@code n}: {@code x.n.html}. */
    static SitePath numbered(SitePath page, int n) {
        String value = page.value();
        return new SitePath(value.substring(0, value.length() - ".html".length()) + "." + n + ".html");
    }

    /**
     * Where part {@code page}'s list is packed when the list is split ({@link org.studysite.render.view.PackedPart}):
     * {@code lists/x.n.js} for {@code x.n.html} ({@code lists/tags/t.js} for {@code tags/t.html}: the page's own path, so never another's), or null when the list fits one page and stays in its HTML,
     * readable without JavaScript.
     */
    static SitePath listScript(SitePath page, int partCount) {
        if (partCount < 2) return null;
        String value = page.value();
        return new SitePath("lists/" + value.substring(0, value.length() - ".html".length()) + ".js");
    }

    /** Parts linked on each side of the current one; the first and last are always linked too. */
    static final int PAGER_NEIGHBOURS = 3;

    /**
     * The pager of part {@code current} of {@code count}, labelled by {@code labels} (e.g. "A–C",
     * "1–200"), relative to the current part: the first and last parts and the current one's
     * neighbours, so a pager stays small however many parts there are (a gap between two linked
     * parts is shown as "…"). Empty when there is one part.
     */
    static List<PartLink> pager(SitePath first, int count, int current, List<String> labels) {
        if (count < 2) return List.of();
        SitePath here = path(first, current);
        List<PartLink> links = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (i == 0 || i == count - 1 || Math.abs(i - current) <= PAGER_NEIGHBOURS) {
                boolean gap = !links.isEmpty() && links.get(links.size() - 1).number() < i;
                links.add(new PartLink(i + 1, labels.get(i), Hrefs.between(here, path(first, i)), i == current, gap));
            }
        }
        return links;
    }

    /** Labels "1–120", "121–240", … for parts of the given sizes. */
    static List<String> ranges(List<? extends List<?>> parts) {
        List<String> labels = new ArrayList<>();
        int from = 1;
        for (List<?> part : parts) {
            int to = from + part.size() - 1;
            labels.add(from == to ? String.valueOf(from) : from + "–" + to);
            from = to + 1;
        }
        return labels;
    }

    /** A rough weight of strings: their length plus a fixed cost for the markup around an item. */
    static int weigh(String... texts) {
        int w = 80;
        for (String t : texts) w += t == null ? 0 : t.length();
        return w;
    }
}
