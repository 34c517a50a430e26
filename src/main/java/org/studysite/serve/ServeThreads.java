package org.studysite.serve;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Named so a thread dump shows whose they are; daemons so a forgotten server never keeps the JVM up. */
final class ServeThreads implements ThreadFactory {
    private final String name;
    private final AtomicInteger count = new AtomicInteger();

    /** Threads named {@code studysite-serve-N}, for the HTTP server's pool. */
    ServeThreads() {
        this("studysite-serve");
    }

    /** Threads named {@code name-N}. */
    ServeThreads(String name) {
        this.name = name;
    }

    @Override
    public Thread newThread(Runnable task) {
        Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    }
}
