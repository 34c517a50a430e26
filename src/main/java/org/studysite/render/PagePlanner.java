package org.studysite.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Map;
import java.util.List;
import java.util.SortedMap;
import org.studysite.model.Library;
import org.studysite.model.Note;
import org.studysite.model.NoteId;
import org.studysite.model.RelatedSection;
import org.studysite.model.SitePath;
import org.studysite.model.Tag;
import org.studysite.render.view.DeckLink;
import org.studysite.render.view.HomeView;
import org.studysite.render.view.NoteCard;
import org.studysite.render.view.SearchPageView;
import org.studysite.render.view.TagCount;
import org.studysite.render.view.TagsView;
import org.studysite.url.Hrefs;
import org.studysite.url.SitePaths;

/**
 * Decides every page of the site and builds its view record from the library: home, one page per
 * note, the search page, the topic index, the comparisons page, the tags index, one page per tag,
 * the printable cheat sheets, the flashcards and the list of all notes. Sorting and grouping happen
 * here, never in templates. Whole-vault lists are cut into parts of bounded size ({@link Parts}), so
 * no page grows with the vault; pages showing rendered notes are lazy (see {@link #plan}).
 */
public final class PagePlanner {
    private static final List<String> FEATURED = List.of("exam-tip", "important");
    /** Notes shown as cards on the home page of a large vault (a small one shows all). */
    static final int HOME_NOTES = 24;
    /** Tags shown on the home page, the most used first when there are more. */
    static final int HOME_TAGS = 40;
    private final SiteViews siteViews = new SiteViews();
    private final NotePages notePages;
    private final TagPages tagPages = new TagPages();
    private final TopicPages topicPages = new TopicPages();
    private final ComparisonPages comparisonPages = new ComparisonPages();
    private final CheatSheetPages cheatSheetPages;
    private final FlashcardPages flashcardPages = new FlashcardPages();
    private final FlashcardDeck flashcardDeck = new FlashcardDeck();

    private final NoteBodies bodies;

    /** A planner for one build: each note's HTML is made when its page renders. */
    public PagePlanner(NoteHtmlRenderer htmlRenderer) {
        this(htmlRenderer, NoteBodies.once(htmlRenderer));
    }

    /** A planner whose notes' HTML comes from {@code bodies} (a live preview keeps it between plans). */
    public PagePlanner(NoteHtmlRenderer htmlRenderer, NoteBodies bodies) {
        this.bodies = bodies;
        this.notePages = new NotePages(htmlRenderer, bodies);
        this.cheatSheetPages = new CheatSheetPages(siteViews, bodies);
    }

    /**
     * Every page of the site. Pages that show rendered notes (note pages, cheat sheets) are lazy:
     * their HTML is made when the page is rendered, so the plan itself stays small.
     *
     * @param related per note, the sections of other notes most like it (from the search stage)
     */
    public SitePlan plan(Library library, SortedMap<NoteId, List<RelatedSection>> related) {
        bodies.planning(library);
        List<Note> ordered = siteViews.ordered(library);
        Navigation navigation = new Navigation(library, ordered);
        String title = SiteViews.title(library);
        TopicPages.Index topics = topicPages.plan(library, ordered);
        Map<String, String> topicEntries = topics.entries();
        List<List<Flashcard>> deck = deck(library, ordered);
        DeckLinks deckLinks = DeckLinks.of(library, deck, FlashcardPages.storageKey(title));
        List<PlannedPage> pages = new ArrayList<>();
        pages.add(PlannedPage.lazy(SitePaths.HOME, "index.ftlh", () -> home(library, navigation, title, topicEntries, deckLinks.home())));
        // index.md has no note page, but its tagged regions print on the tags' sheets like any note's.
        library.home().map(id -> cheatSheetPages.regionScriptPage(library, library.note(id), topicEntries)).ifPresent(pages::add);
        pages.addAll(notePages(library, related, topicEntries, ordered, navigation, deckLinks, note -> true));
        SitePath search = SitePaths.SEARCH;
        pages.add(new PlannedPage(search, "search.ftlh", new SearchPageView(Hrefs.fromRoot(search), search.rootPath(), "Search")));
        pages.addAll(topics.pages());
        pages.addAll(comparisonPages.plan(library, ordered));
        pages.addAll(tagsIndex(library));
        library.tags().forEach((tag, places) -> pages.addAll(tagPages.plan(library, tag, places)));
        pages.addAll(cheatSheetPages.plan(library, topicEntries));
        pages.addAll(flashcardPages.plan(deck, title));
        pages.addAll(navigation.pages());
        pages.addAll(navigation.folderScript());
        return new SitePlan(navigation.site(title), pages, topicEntries, deckLinks.parts());
    }

    /**
     * Only the pages of {@code notes} (each note's page and regions script), as {@link #plan} would
     * plan them, with the topic entries and deck parts of an earlier plan ({@link SitePlan}): a live preview
     * shows the note just saved before it plans the rest of the site, which takes the better part of a
     * second in a large vault (making the whole deck alone takes a quarter of one at 1,000 notes).
     */
    public SitePlan notePages(Library library, SortedMap<NoteId, List<RelatedSection>> related, Map<String, String> topicEntries,
                              Map<NoteId, Integer> deckParts, java.util.Set<NoteId> notes) {
        List<Note> ordered = siteViews.ordered(library);
        Navigation navigation = new Navigation(library, ordered);
        String title = SiteViews.title(library);
        List<Note> chosen = ordered.stream().filter(note -> notes.contains(note.id())).toList();
        DeckLinks deckLinks = DeckLinks.ofNotes(library, flashcardDeck.cards(library, chosen), deckParts, ordered,
                FlashcardPages.storageKey(title));
        List<PlannedPage> pages = notePages(library, related, topicEntries, ordered, navigation, deckLinks,
                note -> notes.contains(note.id()));
        return new SitePlan(navigation.site(title), pages, topicEntries, deckParts);
    }

    /** The deck's cards, split into the parts its pages hold: made once a plan, for the deck pages and the links to them. */
    private List<List<Flashcard>> deck(Library library, List<Note> ordered) {
        return FlashcardPages.parts(flashcardDeck.cards(library, ordered), FlashcardPages.BUDGET);
    }

    /** Each chosen note's page, followed by its regions script (which takes its regions from the page's parse). */
    private List<PlannedPage> notePages(Library library, SortedMap<NoteId, List<RelatedSection>> related, Map<String, String> topicEntries,
                                        List<Note> ordered, Navigation navigation, DeckLinks deckLinks,
                                        java.util.function.Predicate<Note> chosen) {
        List<PlannedPage> pages = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Note note = ordered.get(i);
            if (!chosen.test(note)) continue;
            Note prev = i > 0 ? ordered.get(i - 1) : null;
            Note next = i + 1 < ordered.size() ? ordered.get(i + 1) : null;
            DeckLink deck = deckLinks.note(note.id());
            pages.add(PlannedPage.lazy(library.pages().get(note.id()), "note.ftlh",
                    () -> notePages.view(library, related, topicEntries, note, prev, next, navigation.group(note), deck)));
            PlannedPage regions = cheatSheetPages.regionScriptPage(library, note, topicEntries);
            if (regions != null) pages.add(regions);
        }
        return pages;
    }

    private List<PlannedPage> tagsIndex(Library library) {
        SitePath first = SitePaths.TAGS;
        List<List<TagCount>> parts = Parts.split(siteViews.tagCounts(library), t -> Parts.weigh(t.name(), t.path()));
        List<String> labels = Parts.ranges(parts);
        List<PlannedPage> pages = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            SitePath path = Parts.path(first, i);
            pages.add(new PlannedPage(path, "tags.ftlh", new TagsView(Hrefs.fromRoot(path), path.rootPath(),
                    parts.size() < 2 ? "Tags" : "Tags (part " + (i + 1) + " of " + parts.size() + ")", parts.get(i),
                    Parts.pager(first, parts.size(), i, labels))));
        }
        return pages;
    }

    private HomeView home(Library library, Navigation navigation, String title, Map<String, String> topicEntries, DeckLink deck) {
        SitePath path = SitePaths.HOME;
        String intro = library.home().map(id -> notePages.introHtml(library, library.note(id), topicEntries)).orElse("");
        List<NoteCard> cards = navigation.firstCards(navigation.noteCount() <= Navigation.SMALL_VAULT ? Navigation.SMALL_VAULT : HOME_NOTES);
        List<TagCount> all = siteViews.tagCounts(library);
        List<TagCount> featured = FEATURED.stream()
                .flatMap(name -> all.stream().filter(t -> t.name().equals(new Tag(name).name()))).toList();
        List<TagCount> shown = all.size() <= HOME_TAGS ? all : all.stream()
                .sorted(Comparator.comparingInt(TagCount::count).reversed().thenComparing(TagCount::name))
                .limit(HOME_TAGS).sorted(Comparator.comparing(TagCount::name)).toList();
        return new HomeView(Hrefs.fromRoot(path), path.rootPath(), title,
                library.home().map(id -> NotePages.headerId(library.note(id), 0)).orElse(""),
                library.home().flatMap(id -> library.note(id).subtitle()).orElse(""),
                library.home().filter(id -> library.note(id).subtitle().isPresent()).map(id -> NotePages.headerId(library.note(id), 1)).orElse(""),
                intro, cards,
                navigation.noteCount(), Hrefs.fromRoot(SitePaths.ALL_NOTES), featured, shown, all.size(), Hrefs.fromRoot(SitePaths.TAGS), deck);
    }
}
