package org.studysite.build;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Measures each stage of one build, in the order they ran, and tells the progress display which is running. */
final class StageTimer {
    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private final BuildProgress progress;

    StageTimer(BuildProgress progress) {
        this.progress = progress;
    }

    /** Runs a stage of {@code total} units of work (0 if not counted), timed and shown as progress. */
    <T> T time(String stage, long total, Supplier<T> work) {
        progress.stage(stage, total);
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            nanos.merge(stage, System.nanoTime() - start, Long::sum);
        }
    }

    Map<String, Double> seconds() {
        Map<String, Double> out = new LinkedHashMap<>();
        nanos.forEach((k, v) -> out.put(k, v / 1e9));
        return out;
    }
}
