package org.studysite.render;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.IntStream;
import org.studysite.model.Library;
import org.studysite.model.Note;
import org.studysite.model.NoteId;
import org.studysite.model.RelatedSection;
import org.studysite.model.SitePath;
import org.studysite.model.Tag;
import org.studysite.render.view.HomeView;
import org.studysite.render.view.NoteCard;
import org.studysite.render.view.SearchPageView;
import org.studysite.render.view.SiteView;
import org.studysite.render.view.TagCount;
import org.studysite.render.view.TagsView;

/**
 * Decides every page of the site and builds its view record from the library: home, one page per
 * note, the search page, the topic index, the comparisons page, the tags index, one page per tag,
 * the printable cheat sheets and the flashcards. Sorting and grouping happen here, never in templates.
 * Note bodies are rendered in parallel; the list keeps its order, so output stays deterministic.
 */
public final class PagePlanner {
    private static final List<String> FEATURED = List.of("exam-tip", "important");
    private final SiteViews siteViews = new SiteViews();
    private final NotePages notePages;
    private final TagPages tagPages = new TagPages();
    private final TopicPages topicPages = new TopicPages();
    private final ComparisonPages comparisonPages = new ComparisonPages();
    private final CheatSheetPages cheatSheetPages;
    private final FlashcardPages flashcardPages = new FlashcardPages();

    public PagePlanner(NoteHtmlRenderer htmlRenderer) {
        this.notePages = new NotePages(htmlRenderer);
        this.cheatSheetPages = new CheatSheetPages(htmlRenderer, siteViews);
    }

    public SiteView site(Library library) {
        return siteViews.site(library);
    }

    /** @param related per note, the sections of other notes most like it (from the search stage) */
    public List<PlannedPage> plan(Library library, SortedMap<NoteId, List<RelatedSection>> related) {
        List<PlannedPage> pages = new ArrayList<>();
        pages.add(home(library));
        List<Note> ordered = siteViews.ordered(library);
        pages.addAll(IntStream.range(0, ordered.size()).parallel().mapToObj(i -> new PlannedPage(
                library.pages().get(ordered.get(i).id()), "note.ftlh", notePages.view(library, related, ordered.get(i),
                i > 0 ? ordered.get(i - 1) : null, i + 1 < ordered.size() ? ordered.get(i + 1) : null))).toList());
        SitePath search = new SitePath("search.html");
        pages.add(new PlannedPage(search, "search.ftlh", new SearchPageView(search.value(), search.rootPath(), "Search")));
        pages.add(new PlannedPage(TopicPages.PATH, "topics.ftlh", topicPages.view(library, ordered)));
        pages.add(comparisonPages.page(library, ordered));
        SitePath tagsIndex = new SitePath("tags/index.html");
        pages.add(new PlannedPage(tagsIndex, "tags.ftlh",
                new TagsView(tagsIndex.value(), tagsIndex.rootPath(), "Tags", siteViews.tagCounts(library))));
        library.tags().forEach((tag, places) -> pages.add(new PlannedPage(new SitePath(SiteViews.tagPath(tag)),
                "tag.ftlh", tagPages.view(library, tag, places))));
        pages.addAll(cheatSheetPages.plan(library));
        pages.addAll(flashcardPages.plan(library, ordered, siteViews.site(library).title()));
        return pages;
    }

    private PlannedPage home(Library library) {
        SitePath path = new SitePath("index.html");
        String intro = library.home().map(id -> notePages.introHtml(library, library.note(id))).orElse("");
        List<NoteCard> cards = siteViews.ordered(library).stream().map(n -> new NoteCard(n.title(), n.summary(),
                library.pages().get(n.id()).value(), SiteViews.folderName(n.id().folder()),
                (int) n.headings().stream().filter(h -> !n.headerLines().contains(h.line())).count(),
                SiteViews.noteTagCounts(library, n.id()))).toList();
        List<TagCount> all = siteViews.tagCounts(library);
        List<TagCount> featured = FEATURED.stream()
                .flatMap(name -> all.stream().filter(t -> t.name().equals(new Tag(name).name()))).toList();
        return new PlannedPage(path, "index.ftlh", new HomeView(path.value(), path.rootPath(),
                siteViews.site(library).title(),
                library.home().map(id -> NotePages.headerId(library.note(id), 0)).orElse(""), intro, cards, featured, all));
    }
}
