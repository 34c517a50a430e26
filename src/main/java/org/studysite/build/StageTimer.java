package org.studysite.build;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Measures each stage of one build, in the order they ran. */
final class StageTimer {
    private final Map<String, Long> nanos = new LinkedHashMap<>();

    <T> T time(String stage, Supplier<T> work) {
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
