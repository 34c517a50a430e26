package org.studysite.serve;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One open event stream's outbox. Publishing only ever offers to it, so a page that stops reading
 * costs its own queue, never the publisher's time; when the queue overflows the page is dropped (its
 * EventSource reconnects, and the version in the state event makes it reload).
 */
final class EventClient {
    /** Events are one per rebuild: a page this far behind is not reading. */
    static final int CAPACITY = 64;
    private static final byte[] WAKE_UP = new byte[0];

    private final BlockingQueue<byte[]> outbox = new ArrayBlockingQueue<>(CAPACITY);
    private volatile boolean closed;

    /** False when the client is (now) closed: the caller forgets it. */
    boolean offer(byte[] frame) {
        if (closed) {
            return false;
        }
        if (!outbox.offer(frame)) {
            close();
            return false;
        }
        return true;
    }

    /**
     * The next frame, or null when {@code keepAlive} passed without one (time to prove the connection
     * is alive) or the client was closed.
     */
    byte[] next(Duration keepAlive) throws InterruptedException {
        byte[] frame = outbox.poll(keepAlive.toMillis(), TimeUnit.MILLISECONDS);
        return frame == WAKE_UP ? null : frame;
    }

    boolean isClosed() {
        return closed;
    }

    void close() {
        closed = true;
        outbox.clear();
        // Wakes the writer blocked in next(), which then sees closed.
        outbox.offer(WAKE_UP);
    }
}
