package org.studysite.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.studysite.model.Definition;
import org.studysite.testing.Notes;

class GlossaryExtractorTest {

    private static List<String> terms(String markdown) {
        return Notes.parse("a.md", markdown).definitions().stream().map(d -> d.term() + " = " + d.text()).toList();
    }

    @Test
    void acceptsDashColonAndBoldColonForms() {
        assertEquals(List.of(
                "Real-Time Endpoints = Persistent endpoint for low latency.",
                "En Dash = with an en dash",
                "Em Dash = with an em dash",
                "Purpose = Low-latency predictions.",
                "Outside = colon after the bold"), terms("""
                # T
                ## Hosting
                **Real-Time Endpoints** - Persistent endpoint for low latency.

                **En Dash** – with an en dash

                **Em Dash** — with an em dash

                **Purpose:** Low-latency predictions. `#exam-tip`

                **Outside**: colon after the bold
                """));
    }

    @Test
    void keepsSectionLineAndStripsTagCode() {
        Definition d = Notes.parse("a.md", """
                # T
                ## Key Terms

                **Spot** - `#exam-tip` Spare capacity, `ml.m5` instances.
                """).definitions().get(0);
        assertEquals(new Definition("Spot", "Spare capacity, ml.m5 instances.", "key-terms", 4), d);
    }

    @Test
    void listItemsOfTheSameShapeAreDefinitions() {
        assertEquals(List.of("Online store = latest value per record.", "ML services = SageMaker"), terms("""
                - **Online store** - latest value per record.
                - **ML services**: SageMaker
                """));
    }

    @Test
    void boldLabelPseudoHeadingsAndDrillsAreNotDefinitions() {
        assertEquals(List.of(), terms("""
                **Use case:**
                Nightly scoring of every record.

                **Workflow:** `#important`

                **1. Data Quality** `#exam-tip`
                - Feature drift

                **2. Lineage**

                **Deploy call:**

                **Bold** in the middle of a sentence.

                - **"Track runs?"** → SageMaker Experiments
                - **Dedupe** -> `AWS Glue FindMatches`
                - **"Which store:"** -> Online store
                """));
    }
}
