package org.studysite.markdown;

import java.util.Locale;

/**
 * The topic a heading is about, so the same topic is recognised across notes: "SageMaker Model
 * Monitor", "### 7.7 SageMaker Model Monitor `#exam-tip`" and "🔍 SageMaker model-monitor" share
 * one key once numbering, emoji, tag syntax (already gone from heading text), case and punctuation
 * are dropped.
 */
public final class TopicKey {
    private TopicKey() {
    }

    public static String of(String headingText) {
        return headingText.toLowerCase(Locale.ROOT)
                .replaceAll("^[^\\p{L}\\p{N}]*(\\d+(\\.\\d+)*\\.?)(\\s+|$)", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }
}
