package org.studysite.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.studysite.search.SearchIndexer;
import org.junit.jupiter.api.io.TempDir;
import org.studysite.testing.SiteHarness;

/**
 * The live preview's site is the built site, file for file, before and after edits, and an edit
 * re-renders only the pages it changed. Lucene's own files are left out of the comparison: each
 * index gets random segment ids.
 */
class LiveBuildTest {
    @TempDir
    Path temp;
    private Path vault;

    @BeforeEach
    void copyVault() throws IOException {
        vault = SiteHarness.copyVault(SiteHarness.fixtureVault(), temp.resolve("vault"));
    }

    @Test
    void servesExactlyWhatBuildWrites() {
        LiveBuild live = new LiveBuild(vault, Optional.empty());
        assertSameAsBuild(searched(live));
    }

    @Test
    void editingAParagraphRendersOnlyThatNotesPage() throws IOException {
        LiveBuild live = new LiveBuild(vault, Optional.empty());
        assertTrue(page(searched(live), "notes/training.html").contains("<p class=\"deck-due\""), "a note with cards: its page links to them");
        int notes = live.notesRendered();
        replace("training.md", "Bayesian search is the default;", "Bayesian search is the usual default;");

        LiveBuild.Outcome edit = live.rebuild();

        assertEquals(Set.of("notes/training.html"), edit.rendered(), "pages rendered");
        assertEquals(Set.of("notes/training.html"), edit.changed());
        assertEquals(notes + 1, live.notesRendered(), "notes rendered again: the edited one only");
        assertTrue(new String(edit.files().get("notes/training.html"), java.nio.charset.StandardCharsets.UTF_8)
                .contains("Bayesian search is the usual default;"));
        assertSameAsBuild(searched(live));
    }

    @Test
    void editingACardsAnswerRendersItsNoteAndTheDeckButNoOtherNotesPage() throws IOException {
        LiveBuild live = new LiveBuild(vault, Optional.empty());
        searched(live);
        replace("training.md", "resumed from checkpoints after an interruption.", "resumed from checkpoints after a Spot interruption.");

        LiveBuild.Outcome edit = live.rebuild();

        assertEquals(Set.of("notes/training.html"), edit.rendered().stream().filter(p -> p.startsWith("notes/")).collect(java.util.stream.Collectors.toSet()),
                "note pages rendered: the other notes' deck links did not change (" + edit.rendered() + ")");
        assertTrue(edit.changed().contains("flashcards.html"), "the deck shows the new answer: " + edit.changed());
        assertFalse(edit.rendered().contains("index.html"), "the deck's size is the same, so the home page is too");
        assertSameAsBuild(searched(live));
    }

    @Test
    void aCardAddedInASavedNoteIsCountedOnItsQuickPageAsTheFullRebuildCountsIt() throws IOException {
        LiveBuild live = new LiveBuild(vault, Optional.empty());
        searched(live);
        Path note = replace("training.md", "## Hyperparameter Tuning\n", "## Hyperparameter Tuning\n\n- Which search stops weak jobs early? -> Hyperband\n");

        LiveBuild.Outcome quick = live.quick(Set.of(note.toAbsolutePath().normalize())).orElseThrow();

        assertTrue(page(quick.files(), "notes/training.html").contains("data-total=\"6\""), "five cards and the new one");
        LiveBuild.Outcome full = live.rebuild();
        assertEquals(Set.of("flashcards.html", "index.html"), full.changed(), "the deck and its total, and no note page the quick one had wrong");
        assertTrue(page(full.files(), "index.html").contains("data-total=\"23\""));
        assertSameAsBuild(searched(live));
    }

    @Test
    void editingAnEmbeddedSectionRendersTheNoteThatEmbedsIt() throws IOException {
        Files.writeString(vault.resolve("embedding.md"), "# Embedding\n\n![[training#Hyperparameter Tuning]]\n");
        LiveBuild live = new LiveBuild(vault, Optional.empty());
        searched(live);
        replace("training.md", "Bayesian search is the default;", "Bayesian search is the usual default;");

        LiveBuild.Outcome edit = live.rebuild();

        assertTrue(edit.rendered().containsAll(Set.of("notes/training.html", "notes/embedding.html")), "pages rendered: " + edit.rendered());
        assertTrue(new String(edit.files().get("notes/embedding.html"), java.nio.charset.StandardCharsets.UTF_8)
                .contains("Bayesian search is the usual default;"));
        assertSameAsBuild(searched(live));
    }

    @Test
    void aSavedNoteIsShownFirstAndTheFullRebuildAgreesWithIt() throws IOException {
        LiveBuild live = new LiveBuild(vault, Optional.empty());
        searched(live);
        Path note = replace("training.md", "Bayesian search is the default;", "Bayesian search is the usual default;");
        Path temporary = vault.resolve(".training.md.swp");

        LiveBuild.Outcome quick = live.quick(Set.of(note.toAbsolutePath().normalize(), temporary.toAbsolutePath().normalize())).orElseThrow();

        assertTrue(quick.quick());
        assertEquals(Set.of("notes/training.html"), quick.changed(), "only the saved note's page, before the rest");
        assertTrue(new String(quick.files().get("notes/training.html"), java.nio.charset.StandardCharsets.UTF_8)
                .contains("Bayesian search is the usual default;"));
        LiveBuild.Outcome full = live.rebuild();
        assertEquals(Set.of(), full.changed(), "the full rebuild found nothing the quick page had wrong");
        assertSameAsBuild(searched(live));
    }

    @Test
    void aSearchGoesOutAtOnceAndOnlyIfItIsStillTheVaults() throws IOException {
        LiveBuild live = new LiveBuild(vault, Optional.empty());
        searched(live);
        replace("training.md", "Bayesian search is the default;", "Bayesian search is the usual default;");
        var before = live.searchInputs();
        live.rebuild();
        var after = live.searchInputs();
        org.junit.jupiter.api.Assertions.assertNotEquals(before, after, "the edit changed what search reads");

        assertTrue(live.searched(before, live.search(before)).isEmpty(), "a search of the vault as it was is refused");
        LiveBuild.Outcome withSearch = live.searched(after, live.search(after)).orElseThrow();

        assertFalse(withSearch.changed().isEmpty());
        assertTrue(withSearch.changed().stream().allMatch(p -> p.startsWith("search/")), "search files only: " + withSearch.changed());
        assertTrue(withSearch.rendered().isEmpty(), "no page waits for it");
        assertSameAsBuild(live.rebuild().files());
    }

    @Test
    void aSearchOfTheVaultASavedNoteWasPatchedIntoGoesOutBeforeTheFullRebuild() throws IOException {
        LiveBuild live = new LiveBuild(vault, Optional.empty());
        searched(live);
        Path note = replace("training.md", "Bayesian search is the default;", "Bayesian search is the zymurgic default;");
        live.quick(Set.of(note.toAbsolutePath().normalize())).orElseThrow();
        SearchIndexer.Inputs patched = live.searchInputs();
        java.util.List<java.util.List<org.studysite.model.OutputFile>> early = new java.util.ArrayList<>();
        SearchIndexer.SearchBundle bundle = live.search(patched, () -> false, early::add);

        LiveBuild.Outcome files = live.searchFiles(patched, early.get(0)).orElseThrow();
        assertFalse(files.changed().isEmpty());
        assertTrue(files.changed().stream().allMatch(p -> p.startsWith("search/")), "search files only: " + files.changed());
        assertTrue(live.searched(patched, bundle).orElseThrow().changed().stream().allMatch(p -> p.startsWith(SearchIndexer.LUCENE_DIR + "/")),
                "the browser's files are out already; Lucene's (for the command line) follow");
        LiveBuild.Outcome rebuilt = live.rebuild();
        assertTrue(rebuilt.changed().stream().noneMatch(p -> p.startsWith("search/")), "the rebuild's vault is the one searched");
        assertEquals(patched, live.searchInputs());
        assertSameAsBuild(rebuilt.files());
    }

    @Test
    void aSaveARebuildReadBeforeItWasGivenUpIsStillShownFirst() throws IOException {
        LiveBuild live = new LiveBuild(vault, Optional.empty());
        live.rebuild();
        Path note = replace("training.md", "Bayesian search is the default;", "Bayesian search is the default, saved mid-rebuild;");
        // A rebuild that read the vault after the save, then gave way to it (the save's event came in).
        org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.CancellationException.class, () -> live.rebuild(() -> true));

        LiveBuild.Outcome quick = live.quick(Set.of(note.toAbsolutePath().normalize())).orElseThrow();
        assertTrue(page(quick.files(), "notes/training.html").contains("saved mid-rebuild"));
        assertTrue(live.quick(Set.of(note.toAbsolutePath().normalize())).isEmpty(), "shown already: nothing to show again");
    }

    @Test
    void aNewNoteOrAnImageIsNoQuickChange() throws IOException {
        LiveBuild live = new LiveBuild(vault, Optional.empty());
        live.rebuild();
        Path added = Files.writeString(vault.resolve("ops/alerts.md"), "# Alerts\n");
        assertTrue(live.quick(Set.of(added.toAbsolutePath().normalize())).isEmpty());
        Path image = vault.resolve("img/diagram.svg");
        assertTrue(live.quick(Set.of(image.toAbsolutePath().normalize())).isEmpty());
    }

    @Test
    void aNoteNotYetInTheLastGoodSiteIsNoQuickChange() throws IOException {
        Path templates = Files.createDirectories(temp.resolve("templates"));
        LiveBuild live = new LiveBuild(vault, Optional.of(templates));
        live.rebuild();
        Files.writeString(templates.resolve("note.ftlh"), "<#if>broken");
        live.templatesChanged();
        Path added = Files.writeString(vault.resolve("ops/alerts.md"), "# Alerts\n");
        assertTrue(live.rebuild().failed(), "the new note was parsed, but the site was not rebuilt");
        Files.writeString(added, "# Alerts\n\nEdited.\n");

        assertTrue(live.quick(Set.of(added.toAbsolutePath().normalize())).isEmpty());
    }

    @Test
    void renamingALinkedHeadingReRendersTheNotesThatLinkToIt() throws IOException {
        LiveBuild live = new LiveBuild(vault, Optional.empty());
        searched(live);
        replace("ops/monitoring.md", "SageMaker Model Monitor", "SageMaker Model Watcher");

        LiveBuild.Outcome edit = live.rebuild();

        assertTrue(edit.rendered().contains("notes/training.html"), "training.md links to the renamed heading: " + edit.rendered());
        assertSameAsBuild(searched(live));
    }

    @Test
    void newAndDeletedNotesComeAndGoWithTheirTagEntries() throws IOException {
        LiveBuild live = new LiveBuild(vault, Optional.empty());
        searched(live);
        Files.writeString(vault.resolve("ops/alerts.md"), "# Alerts\n\nPage someone when the error rate doubles. #exam-tip\n");

        LiveBuild.Outcome added = live.rebuild();

        assertTrue(added.files().containsKey("notes/ops/alerts.html"), added.changed().toString());
        assertTrue(new String(added.files().get("tags/exam-tip.html"), java.nio.charset.StandardCharsets.UTF_8).contains("Alerts"));
        assertSameAsBuild(searched(live));

        Files.delete(vault.resolve("ops/alerts.md"));
        LiveBuild.Outcome deleted = live.rebuild();

        assertFalse(deleted.files().containsKey("notes/ops/alerts.html"));
        assertTrue(deleted.changed().contains("notes/ops/alerts.html"));
        assertFalse(new String(deleted.files().get("tags/exam-tip.html"), java.nio.charset.StandardCharsets.UTF_8).contains("Alerts"));
        assertSameAsBuild(searched(live));
    }

    @Test
    void aBrokenTemplateKeepsTheLastGoodSiteAndSaysWhere() throws IOException {
        Path templates = Files.createDirectories(temp.resolve("templates"));
        LiveBuild live = new LiveBuild(vault, Optional.of(templates));
        SortedMap<String, byte[]> good = live.rebuild().files();
        Files.writeString(templates.resolve("note.ftlh"), "<#if>broken");
        live.templatesChanged();

        LiveBuild.Outcome broken = live.rebuild();

        assertTrue(broken.failed());
        assertTrue(broken.diagnostics().stream().anyMatch(d -> d.message().contains("note.ftlh")), broken.diagnostics().toString());
        assertEquals(good, broken.files(), "the last good site stays");
        Files.delete(templates.resolve("note.ftlh"));
        live.templatesChanged();
        assertFalse(live.rebuild().failed());
    }

    /** The site once search has caught up with the vault as it is now. */
    private static SortedMap<String, byte[]> searched(LiveBuild live) {
        live.rebuild();
        assertTrue(live.searched(live.searchInputs(), live.search(live.searchInputs())).isPresent());
        return live.rebuild().files();
    }

    private void assertSameAsBuild(SortedMap<String, byte[]> served) {
        Path out = temp.resolve("built");
        SiteHarness.build(vault, out);
        SortedMap<String, byte[]> built = read(out);
        assertEquals(withoutLucene(built).keySet(), withoutLucene(served).keySet());
        List<String> differ = withoutLucene(built).keySet().stream()
                .filter(path -> !java.util.Arrays.equals(built.get(path), served.get(path))).toList();
        assertEquals(List.of(), differ, "files that differ from the built site");
    }

    private static SortedMap<String, byte[]> withoutLucene(SortedMap<String, byte[]> files) {
        SortedMap<String, byte[]> kept = new TreeMap<>(files);
        kept.keySet().removeIf(path -> path.startsWith(org.studysite.search.SearchIndexer.LUCENE_DIR + "/"));
        return kept;
    }

    private static SortedMap<String, byte[]> read(Path root) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static String page(SortedMap<String, byte[]> files, String path) {
        return new String(files.get(path), java.nio.charset.StandardCharsets.UTF_8);
    }

        private Path replace(String note, String from, String to) throws IOException {
        Path file = vault.resolve(note);
        String text = Files.readString(file);
        assertTrue(text.contains(from), note + " has " + from);
        return Files.writeString(file, text.replace(from, to));
    }
}
