package org.studysite.search;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Whether a search build should stop: a live preview drops a search the moment the vault changes
 * again, so a stale index does not take the cores the next rebuild needs. Checked between
 * documents and terms, where stopping leaves nothing half-written that anyone reads.
 */
record Cancellation(BooleanSupplier requested) {
    static final Cancellation NEVER = new Cancellation(() -> false);

    /** Throws {@link CancellationException} if the search should stop. */
    void check() {
        if (requested.getAsBoolean()) throw new CancellationException("search cancelled: the vault changed");
    }
}
