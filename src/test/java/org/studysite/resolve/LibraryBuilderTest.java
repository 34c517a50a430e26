package org.studysite.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.studysite.diagnostics.Diagnostic;
import org.studysite.model.Backlink;
import org.studysite.model.Library;
import org.studysite.model.LinkTarget;
import org.studysite.model.NoteId;
import org.studysite.model.Tag;
import org.studysite.model.TagPlace;
import org.studysite.model.TagScope;
import org.studysite.model.TopicPlace;
import org.studysite.testing.Notes;

class LibraryBuilderTest {

    @Test
    void resolvesRelativeWikiAndAnchorLinks() {
        var result = Notes.library(
                "aws/a.md", "# A\n## Setup\n[b](../b.md#part-two) [[b#Part Two]] [[b|text]] [self](#setup) [img](pic.png)\n",
                "b.md", "# B\n## Part Two\n",
                "aws/pic.png", "");
        Library lib = result.value();
        NoteId a = new NoteId("aws/a");
        NoteId b = new NoteId("b");
        assertEquals(new LinkTarget.NoteTarget(b, "part-two"), lib.target(a, "../b.md#part-two"));
        assertEquals(new LinkTarget.NoteTarget(b, "part-two"), lib.target(a, "b#Part Two"));
        assertEquals(new LinkTarget.NoteTarget(b, ""), lib.target(a, "b"));
        assertEquals(new LinkTarget.NoteTarget(a, "setup"), lib.target(a, "#setup"));
        assertEquals(new LinkTarget.AssetTarget("aws/pic.png", ""), lib.target(a, "pic.png"));
        assertEquals(List.of(), result.diagnostics());
        assertEquals(List.of(new Backlink(a, "setup", "Setup")), lib.backlinks().get(b));
    }

    @Test
    void missingNotesAnchorsImagesAndEscapesAreWarningsWithLines() {
        var result = Notes.library(
                "a.md", "# A\n\n[gone](./nope.md)\n\n[bad](b.md#nowhere)\n\n![x](missing.png) ![x](missing.png)\n\n![out](../../etc/passwd.png) [[Nobody]]\n",
                "b.md", "# B\n");
        List<String> messages = result.diagnostics().stream().map(d -> d.line() + ": " + d.message()).toList();
        assertEquals(List.of(
                "3: link to missing note './nope.md'",
                "5: link to missing anchor '#nowhere' in 'b.md'",
                "7: missing image 'missing.png'",
                "9: image outside the vault '../../etc/passwd.png'",
                "9: link to missing note 'Nobody'"), messages);
        assertInstanceOf(LinkTarget.MissingTarget.class, result.value().target(new NoteId("a"), "./nope.md"));
        assertTrue(result.diagnostics().stream().allMatch(d -> d.file().equals("a.md")));
    }

    @Test
    void wikilinksFindNotesByFileNameShortestPathFirst() {
        var lib = Notes.library("deep/x/endpoints.md", "# Deep\n", "endpoints.md", "# Top\n", "c.md", "[[Endpoints]]\n").value();
        assertEquals(new LinkTarget.NoteTarget(new NoteId("endpoints"), ""), lib.target(new NoteId("c"), "Endpoints"));
    }

    @Test
    void headingsNamingAVaultTagCarryIt() {
        var lib = Notes.library(
                "a.md", "# A\n## 🔑 Exam Tips\ntip\n## Core Components\nx\n## Gotchas\ny\n",
                "b.md", "# B\n## S `#exam-tip` `#core`\n## T `#gotcha`\n").value();
        List<String> named = lib.regions().get(new NoteId("a")).stream()
                .filter(r -> r.scope() == TagScope.NAMED_SECTION).map(r -> r.label() + "=" + r.tag().name()).toList();
        assertEquals(List.of("🔑 Exam Tips=exam-tip", "Gotchas=gotcha"), named);
    }

    @Test
    void regionInsideSameTagRegionIsNestedNotListedTwice() {
        var lib = Notes.library("a.md", "# A\n## Outer `#important`\ntext\n### Inner `#important`\nmore\n## Other `#important`\n").value();
        List<TagPlace> places = lib.tags().get(new Tag("important"));
        assertEquals(List.of("Outer", "Other"), places.stream().map(p -> p.region().label()).toList());
        assertEquals(List.of("Inner"), places.get(0).nested().stream().map(r -> r.label()).toList());
    }

    @Test
    void sameTopicAcrossNotesIgnoresNumberingEmojiTagsCaseAndPunctuation() {
        var lib = Notes.library(
                "a.md", "# A\n## SageMaker Model Monitor\n## Overview\n",
                "b.md", "# B\n### SageMaker Model Monitor `#exam-tip`\n## Overview\n",
                "c.md", "# C\n### 7.7 SageMaker model-monitor 🔍\n").value();
        List<TopicPlace> places = lib.topics().get("sagemaker model monitor");
        assertEquals(List.of("a", "b", "c"), places.stream().map(p -> p.note().value()).toList());
        assertTrue(!lib.topics().containsKey("overview"), "structural headings are not topics");
    }

    @Test
    void pagePathsAreLowerCaseWithDashesAndIndexIsHome() {
        var lib = Notes.library("index.md", "# Home\n", "AWS/Model Tuning.md", "# T\n").value();
        assertEquals("index.html", lib.pages().get(new NoteId("index")).value());
        assertEquals("notes/aws/model-tuning.html", lib.pages().get(new NoteId("AWS/Model Tuning")).value());
        assertEquals(1, lib.pageNotes().size());
    }

    @Test
    void diagnosticsAreSorted() {
        List<Diagnostic> d = Notes.library("b.md", "[x](nope.md)\n", "a.md", "\n[y](nope.md)\n").diagnostics();
        assertEquals(List.of("a.md", "b.md"), d.stream().map(Diagnostic::file).toList());
    }
}
