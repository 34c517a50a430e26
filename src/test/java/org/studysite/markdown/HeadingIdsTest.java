package org.studysite.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeadingIdsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0.1 Three-Layer ML Stack                  | 01-three-layer-ml-stack
            🔑 Exam Tips                               | -exam-tips
            SageMaker Automatic Model Tuning (AMT)    | sagemaker-automatic-model-tuning-amt
            Security & IAM (Roles/Policies)           | security--iam-rolespolicies
            Batch Transform                           | batch-transform
            7.7 SageMaker Model Monitor               | 77-sagemaker-model-monitor
            Experiments vs Model Registry             | experiments-vs-model-registry
            l1_ratio & wd                             | l1_ratio--wd
            Über Modèle                               | über-modèle
            """)
    void followsGitHubRule(String text, String id) {
        assertEquals(id, HeadingIds.slug(text));
    }

    @Test
    void repeatedIdsGetNumberSuffixes() {
        HeadingIds ids = new HeadingIds();
        List<String> got = List.of(ids.allocate("Limitations"), ids.allocate("Limitations"), ids.allocate("Limitations"),
                ids.allocate("Limitations 1"));
        assertEquals(List.of("limitations", "limitations-1", "limitations-2", "limitations-1-1"), got);
    }

    @Test
    void emptyTextStillGetsAnId() {
        HeadingIds ids = new HeadingIds();
        assertEquals("section-1", ids.allocate("🚀"));
    }
}
