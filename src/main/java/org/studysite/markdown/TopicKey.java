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

    /** Compiled once: a key is made for every heading of the vault, and again when its page renders. */
    private static final java.util.regex.Pattern NUMBERING = java.util.regex.Pattern.compile("^[^\\p{L}\\p{N}]*(\\d+(\\.\\d+)*\\.?)(\\s+|$)");
    private static final java.util.regex.Pattern PUNCTUATION = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    public static String of(String headingText) {
        String lower = NUMBERING.matcher(headingText.toLowerCase(Locale.ROOT)).replaceAll("");
        return PUNCTUATION.matcher(lower).replaceAll(" ").strip();
    }
}
