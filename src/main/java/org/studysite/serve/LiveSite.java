package org.studysite.serve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The site being served and the pages watching it. Requests read the snapshot without locking; the
 * lock only orders changes against new watchers, so a page that connects during a publish gets either
 * the old state and then the change, or the new state, never neither.
 */
final class LiveSite {
    private volatile SiteSnapshot snapshot = SiteSnapshot.EMPTY;
    private final Set<EventClient> clients = new HashSet<>();
    private boolean closed;

    SiteSnapshot snapshot() {
        return snapshot;
    }

    void publish(Map<String, byte[]> files, Set<String> changed) {
        // Copied before locking: a large site must not hold up pages connecting meanwhile.
        Map<String, byte[]> copy = Map.copyOf(files);
        List<String> sorted = new ArrayList<>(new TreeSet<>(changed));
        synchronized (this) {
            SiteSnapshot next = new SiteSnapshot(copy, snapshot.version() + 1, snapshot.problems());
            snapshot = next;
            broadcast(Events.change(next.version(), sorted, next.problems()));
        }
    }

    void problems(List<String> lines) {
        List<String> copy = List.copyOf(lines);
        synchronized (this) {
            SiteSnapshot next = new SiteSnapshot(snapshot.files(), snapshot.version(), copy);
            snapshot = next;
            broadcast(Events.problems(next.version(), next.problems()));
        }
    }

    /** A new watcher, whose first event is the current state. */
    synchronized EventClient subscribe() {
        EventClient client = new EventClient();
        if (closed) {
            client.close();
            return client;
        }
        clients.add(client);
        client.offer(Events.state(snapshot.version(), snapshot.problems()));
        return client;
    }

    synchronized void unsubscribe(EventClient client) {
        clients.remove(client);
        client.close();
    }

    /** Ends every event stream, and any that starts later: the server is stopping. */
    synchronized void closeAll() {
        closed = true;
        clients.forEach(EventClient::close);
        clients.clear();
    }

    private void broadcast(byte[] frame) {
        clients.removeIf(client -> !client.offer(frame));
    }
}
