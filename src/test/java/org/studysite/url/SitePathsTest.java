package org.studysite.url;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.studysite.model.NoteId;
import org.studysite.model.SitePath;
import org.studysite.model.Tag;

class SitePathsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "sagemaker        | notes/sagemaker.html",
            "AWS/SageMaker    | notes/aws/sagemaker.html",
            "my  note         | notes/my-note.html",
            "C#               | notes/c-.html",
            "why?             | notes/why-.html",
            "a%20b            | notes/a-20b.html",
            "a:b*c\"d<e>f     | notes/a-b-c-d-e-f.html",
            "c++ & co         | notes/c++-&-co.html",
            "Été              | notes/été.html",
    })
    void aNotePageHasASafeName(String id, String page) {
        assertEquals(new SitePath(page), NotePaths.assign(List.of(new NoteId(id)), Optional.empty()).get(new NoteId(id)));
    }

    @Test
    void notesThatWouldBeOneFileOnSomeDiskGetDistinctPages() {
        String nfd = Normalizer.normalize("été", Normalizer.Form.NFD);
        List<NoteId> ids = List.of(new NoteId("A"), new NoteId("a"), new NoteId("a-2"), new NoteId("été"), new NoteId(nfd));
        var pages = NotePaths.assign(ids.stream().sorted().toList(), Optional.empty());
        assertEquals("notes/a.html", pages.get(new NoteId("A")).value());
        assertEquals("notes/a-2.html", pages.get(new NoteId("a")).value());
        assertEquals("notes/a-2-2.html", pages.get(new NoteId("a-2")).value());
        assertEquals(List.of("notes/été-2.html", "notes/été.html"),
                List.of(pages.get(new NoteId(nfd)).value(), pages.get(new NoteId("été")).value()).stream().sorted().toList());
    }

    @Test
    void theHomeNoteIsTheHomePage() {
        assertEquals(SitePaths.HOME, NotePaths.assign(List.of(new NoteId("index")), Optional.of(new NoteId("index"))).get(new NoteId("index")));
    }

    @ParameterizedTest(name = "#{0}")
    @CsvSource({
            "exam-tip,    tags/exam-tip.html,    cheatsheets/exam-tip.html",
            "aws/sagemaker, tags/aws/sagemaker.html, cheatsheets/aws/sagemaker.html",
            "index,       tags/index.tag.html,   cheatsheets/index.tag.html",
            "index/x,     tags/index/x.html,     cheatsheets/index/x.html",
    })
    void aTagNeverTakesTheIndexPage(String tag, String page, String sheet) {
        assertEquals(new SitePath(page), SitePaths.tag(new Tag(tag)));
        assertEquals(new SitePath(sheet), SitePaths.tagSheet(new Tag(tag)));
    }
}
