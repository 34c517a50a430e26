package org.studysite.serve;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Named so a thread dump shows whose they are; daemons so a forgotten server never keeps the JVM up. */
final class ServeThreads implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable task) {
        Thread thread = new Thread(task, "studysite-serve-" + count.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    }
}
