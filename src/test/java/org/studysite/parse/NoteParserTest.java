package org.studysite.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.studysite.model.Heading;
import org.studysite.model.LinkKind;
import org.studysite.model.Note;
import org.studysite.model.RawLink;
import org.studysite.model.Tag;
import org.studysite.model.Table;
import org.studysite.model.TagScope;
import org.studysite.model.TaggedRegion;
import org.studysite.testing.Notes;

class NoteParserTest {

    @Test
    void titleComesFromFrontMatterThenH1ThenFirstHeadingThenFileName() {
        assertEquals("Front", Notes.parse("a.md", "---\ntitle: Front\n---\n# Heading One\n").title());
        assertEquals("Heading One", Notes.parse("a.md", "Intro.\n\n# Heading One\n").title());
        assertEquals("Feature Store", Notes.parse("a.md", "### Feature Store\ntext\n## Later\n").title());
        assertEquals("model tuning", Notes.parse("model-tuning.md", "just text\n").title());
    }

    @Test
    void headingRightUnderH1IsSubtitleAndMovesToHeader() {
        Note note = Notes.parse("g.md", "# Guide\n## Exam Study Guide\n\nBody.\n\n## Part\n");
        assertEquals(Optional.of("Exam Study Guide"), note.subtitle());
        assertEquals(List.of(1, 2), note.headerLines());
        assertEquals("Exam Study Guide", note.summary());
        Note noSubtitle = Notes.parse("g.md", "# Guide\n\nFirst sentence here. Second.\n\n## Part\n");
        assertEquals(Optional.empty(), noSubtitle.subtitle());
        assertEquals("First sentence here.", noSubtitle.summary());
    }

    @Test
    void headingTextDropsTagSyntaxAndIdsFollowGitHub() {
        Note note = Notes.parse("a.md", """
                # T
                ### Batch Transform `#exam-tip`
                ## 🔑 Exam Tips
                ### 0.1 Three-Layer ML Stack
                ### Batch Transform
                ## Notes #gotcha
                """);
        List<String> texts = note.headings().stream().map(Heading::text).toList();
        List<String> ids = note.headings().stream().map(Heading::id).toList();
        assertEquals(List.of("T", "Batch Transform", "🔑 Exam Tips", "0.1 Three-Layer ML Stack", "Batch Transform", "Notes"), texts);
        assertEquals(List.of("t", "batch-transform", "-exam-tips", "01-three-layer-ml-stack", "batch-transform-1", "notes"), ids);
        assertEquals(List.of(new Tag("exam-tip")), note.headings().get(1).tags());
        assertEquals(List.of(new Tag("gotcha")), note.headings().get(5).tags());
    }

    @Test
    void codeBlocksHoldNoHeadingsAndNoTags() {
        Note note = Notes.parse("a.md", """
                # T
                ```python
                # Create experiment `#exam-tip`
                x = 1  # #important
                ```

                    # indented `#core`
                """);
        assertEquals(1, note.headings().size());
        assertTrue(note.regions().isEmpty(), () -> "no tags expected, got " + note.regions());
    }

    @Test
    void tagScopes() {
        Note note = Notes.parse("a.md", """
                # Title
                **Tags:** `#core` `#important`

                ## Section `#exam-tip`
                text
                ### Child
                more
                ## Next
                **Exam Scenario:** `#exam-tip`
                - first
                - second

                plain paragraph belongs too

                **Other label:** not tagged
                """);
        assertEquals(List.of(new Tag("core"), new Tag("important")), note.noteTags());
        TaggedRegion section = region(note, TagScope.SECTION);
        assertEquals("section", section.anchor());
        assertEquals(List.of(4, 7), List.of(section.startLine(), section.endLine()));
        TaggedRegion block = region(note, TagScope.BLOCK);
        assertEquals("exam-scenario", block.anchor());
        assertEquals("Exam Scenario", block.label());
        assertEquals(List.of(9, 13), List.of(block.startLine(), block.endLine()));
        assertEquals(List.of("Next"), block.headingPath());
        assertTrue(note.blockAnchors().stream().anyMatch(a -> a.line() == 9 && a.id().equals("exam-scenario")));
        assertTrue(note.headerLines().contains(2), "the Tags line moves to the page header");
    }

    @Test
    void frontMatterTagsTagTheWholeNote() {
        Note note = Notes.parse("a.md", "---\ntitle: X\ntags: [hands-on, '#core']\n---\nBody\n");
        assertEquals(List.of(new Tag("hands-on"), new Tag("core")), note.noteTags());
        assertEquals(2, note.regions().stream().filter(r -> r.scope() == TagScope.NOTE).count());
    }

    @Test
    void tagInListItemAnchorsTheItemAndCoversItsSublist() {
        Note note = Notes.parse("a.md", """
                # T
                - **`balance_multiclass_weights`** `#exam-tip`
                  - Values: true or false
                  - Purpose: imbalance
                - other item
                """);
        TaggedRegion block = region(note, TagScope.BLOCK);
        assertEquals(List.of(2, 4), List.of(block.startLine(), block.endLine()));
        assertEquals("balance_multiclass_weights", block.anchor());
    }

    @Test
    void badFrontMatterIsAWarningWithItsLine() {
        var result = Notes.parseWithDiagnostics("bad.md", "---\ntitle: ok\ntags: [unclosed\n---\n# Recovered\n");
        assertEquals("Recovered", result.value().title());
        assertEquals(1, result.diagnostics().size());
        assertTrue(result.diagnostics().get(0).message().startsWith("invalid front matter"), result.diagnostics().toString());
        assertTrue(result.diagnostics().get(0).line() >= 2, "line points into the front matter");
    }

    @Test
    void collectsLinksWithLinesAndSections() {
        Note note = Notes.parse("dir/a.md", """
                # A
                ## Setup
                See [B](../b.md#x), [[C#Heading|shown]] and ![img](pic.png).
                <a href="raw.md">raw</a>
                """);
        List<RawLink> links = note.links();
        assertEquals(List.of(LinkKind.MARKDOWN, LinkKind.WIKI, LinkKind.IMAGE, LinkKind.MARKDOWN),
                links.stream().map(RawLink::kind).toList());
        assertEquals(List.of("../b.md#x", "C#Heading", "pic.png", "raw.md"), links.stream().map(RawLink::destination).toList());
        assertEquals("shown", links.get(1).text());
        assertTrue(links.stream().allMatch(l -> l.sectionId().equals("setup")));
        assertEquals(3, links.get(0).line());
    }

    @Test
    void extractsTablesAndDrills() {
        Note note = Notes.parse("a.md", """
                # T
                ## Endpoint vs Batch
                | Factor | Endpoint | Batch |
                |---|---|---|
                | **Latency** | ✅ ms | ❌ `minutes` |

                - **"Track multiple training runs?"** → SageMaker Experiments
                - Remove duplicates -> `AWS Glue FindMatches`
                - not a drill
                """);
        assertEquals(List.of("Factor", "Endpoint", "Batch"), note.tables().get(0).header());
        assertEquals(List.of(List.of("Latency", "✅ ms", "❌ minutes")), note.tables().get(0).rows());
        assertEquals("endpoint-vs-batch", note.tables().get(0).headingId());
        assertEquals(2, note.drills().size());
        assertEquals("Track multiple training runs?", note.drills().get(0).question());
        assertEquals("SageMaker Experiments", note.drills().get(0).answer());
        assertEquals("AWS Glue FindMatches", note.drills().get(1).answer());
    }

    @Test
    void tablesGetTheBoldLabelJustBeforeThem() {
        Note note = Notes.parse("a.md", """
                # T
                ## Pricing
                **Comparison:**

                | A | B |
                |---|---|
                | 1 | 2 |

                **1. Comparison and Visualization** `#exam-tip`

                | A | B |
                |---|---|
                | 1 | 2 |

                Plain words, then **bold** later.

                | A | B |
                |---|---|
                | 1 | 2 |
                """);
        assertEquals(List.of("Comparison", "1. Comparison and Visualization", ""),
                note.tables().stream().map(Table::label).toList());
    }

    @Test
    void tableAnchorsAreUniquePerPageAndNeverTakeAHeadingId() {
        Note note = Notes.parse("a.md", """
                | Before | any heading |
                |---|---|
                | x | y |

                # T
                ## Costs
                | A | B |
                |---|---|
                | 1 | 2 |

                | A | B |
                |---|---|
                | 3 | 4 |

                ## Table Costs
                | A | B |
                |---|---|
                | `#exam-tip` | tagged |
                """);
        List<String> anchors = note.tables().stream().map(Table::anchor).toList();
        // The heading "Table Costs" owns the id "table-costs"; the tagged table keeps its block id.
        assertEquals(List.of("table-1", "table-costs-1", "table-costs-2", "a-b"), anchors);
        assertEquals("table-costs", note.headings().get(2).id());
        assertEquals(note.blockAnchors().get(0).id(), anchors.get(3));
    }

    private static TaggedRegion region(Note note, TagScope scope) {
        return note.regions().stream().filter(r -> r.scope() == scope).findFirst().orElseThrow();
    }

    @Test
    void markdownTooDeepForFlexmarkIsAWarningWithALineAndAnEmptyNote() {
        var parsed = org.studysite.testing.Notes.parseWithDiagnostics("deep.md", "# Deep\n\n" + "*".repeat(3000) + "x\n");
        assertEquals(1, parsed.diagnostics().size(), parsed.diagnostics().toString());
        var warning = parsed.diagnostics().get(0);
        assertTrue(warning.line() > 0, "a line the writer can open: " + warning);
        assertTrue(warning.message().endsWith("the note is left empty"), warning.message());
        assertTrue(parsed.value().markdown().toString().contains("nested too deeply"), "the page says why");
    }
}
