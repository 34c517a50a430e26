package org.studysite.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** Reads /_studysite/events over a bare socket, un-chunking the body, one SSE block at a time. */
final class EventStreamReader implements AutoCloseable {
    /** One block: its event name (null for a comment-only block), data, and the block as sent. */
    record Block(String event, String data, String raw) {
    }

    private final Socket socket;
    private final InputStream in;
    private final StringBuilder pending = new StringBuilder();
    final String head;

    EventStreamReader(URI server) throws IOException {
        this(RawHttp.open(server));
    }

    /** Over a socket the caller opened (say with a tiny receive buffer). */
    EventStreamReader(Socket socket) throws IOException {
        this.socket = socket;
        socket.getOutputStream().write(
                "GET /_studysite/events HTTP/1.1\r\nHost: x\r\nAccept: text/event-stream\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        in = socket.getInputStream();
        head = readLine() + "\n" + readHeaders();
    }

    /** The next block; fails (SocketTimeoutException) if none comes within 5 s. */
    Block next() throws IOException {
        int end;
        int from = 0;
        while ((end = pending.indexOf("\n\n", from)) < 0) {
            from = Math.max(0, pending.length() - 1);
            String chunk = readChunk();
            if (chunk == null) {
                throw new java.io.EOFException("the stream ended; had: " + pending);
            }
            pending.append(chunk);
        }
        String raw = pending.substring(0, end);
        pending.delete(0, end + 2);
        String event = null;
        StringBuilder data = new StringBuilder();
        for (String line : raw.split("\n")) {
            if (line.startsWith("event: ")) {
                event = line.substring("event: ".length());
            } else if (line.startsWith("data: ")) {
                data.append(line.substring("data: ".length()));
            }
        }
        return new Block(event, data.toString(), raw);
    }

    /** The next block naming an event, skipping keep-alive comments. */
    Block nextEvent() throws IOException {
        Block block;
        do {
            block = next();
        } while (block.event() == null);
        return block;
    }

    /** True when the server ended the stream (last chunk, or the connection closed). */
    boolean ended() throws IOException {
        try {
            while (true) {
                String chunk = readChunk();
                if (chunk == null) {
                    return true;
                }
            }
        } catch (java.net.SocketException e) {
            return true;
        }
    }

    private String readChunk() throws IOException {
        String sizeLine = readLine();
        if (sizeLine == null) {
            return null;
        }
        int size = Integer.parseInt(sizeLine.trim(), 16);
        byte[] data = in.readNBytes(size);
        readLine();
        if (size == 0) {
            return null;
        }
        return new String(data, StandardCharsets.UTF_8);
    }

    private String readHeaders() throws IOException {
        StringBuilder headers = new StringBuilder();
        String line;
        while ((line = readLine()) != null && !line.isEmpty()) {
            headers.append(line).append('\n');
        }
        return headers.toString();
    }

    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0) {
                return line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
