package org.studysite.build;

/**
 * Where a running build is: which stage, and how many of its units of work (notes, pages, files)
 * are done. A terminal shows it as a progress bar; tests and {@code --quiet} use {@link #NONE}.
 * {@link #advance} is called from parallel workers, so implementations must be thread-safe.
 */
public interface BuildProgress {
    /** Ignores everything. */
    BuildProgress NONE = new BuildProgress() {
        @Override
        public void stage(String name, long total) {
        }

        @Override
        public void advance(long units) {
        }

        @Override
        public void finished() {
        }
    };

    /** A stage begins, with {@code total} units of work (0 when not known in advance). */
    void stage(String name, long total);

    /** {@code units} more units of the current stage are done. */
    void advance(long units);

    /** The build is over (successful or not): clear whatever was drawn. */
    void finished();
}
