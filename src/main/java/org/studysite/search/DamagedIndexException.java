package org.studysite.search;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;

/**
 * A site's search index that cannot be read as written: a file cut short, missing, failing its
 * checksum, or not what the build wrote. {@link #reason()} says which file and how, in a few words,
 * instead of Lucene's internals ({@code MMapDirectory@…}); a rebuild writes a good index.
 */
public final class DamagedIndexException extends IOException {
    /** Lucene names the file it was reading as {@code path="…"} or {@code resource=…}. */
    private static final Pattern LUCENE_FILE = Pattern.compile("path=\"([^\"]+)\"|resource=([^()\\s]+)\\)");
    private final transient Path index;
    private final String reason;

    private DamagedIndexException(Path index, String reason, Throwable cause) {
        super("the search index in " + index + " is damaged (" + reason + ")", cause);
        this.index = index;
        this.reason = reason;
    }

    /** The search folder of the site ({@code site-output/search}). */
    public Path index() {
        return index;
    }

    /** Which file and what is wrong with it, e.g. {@code lucene/_1.fnm is cut short}. */
    public String reason() {
        return reason;
    }

    /** The Lucene index in {@code index}/lucene could not be read. */
    static DamagedIndexException lucene(Path index, IOException e) {
        String file = luceneFile(index, e);
        String what = file == null ? "a Lucene file" : file;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof NoSuchFileException missing) return new DamagedIndexException(index, name(index, missing.getFile()) + " is missing", e);
            if (t instanceof IndexFormatTooOldException || t instanceof IndexFormatTooNewException) {
                return new DamagedIndexException(index, what + " was written by another Lucene version", e);
            }
            String message = String.valueOf(t.getMessage());
            if (t instanceof EOFException || message.contains("read past EOF") || message.contains("remaining=0")
                    || message.contains("truncated")) {
                return new DamagedIndexException(index, what + " is cut short", e);
            }
            if (t instanceof CorruptIndexException && message.contains("checksum failed")) {
                return new DamagedIndexException(index, what + " fails its checksum", e);
            }
        }
        return new DamagedIndexException(index, what + " cannot be read", e);
    }

    /** A file of the browser export ({@code meta.js}, {@code docs/3.js}) could not be read back. */
    static DamagedIndexException export(Path index, String file, Exception e) {
        if (e instanceof NoSuchFileException) return new DamagedIndexException(index, file + " is missing", e);
        return new DamagedIndexException(index, file + " is not as the build wrote it", e);
    }

    /** The file a Lucene exception names, relative to the search folder, if it names one. */
    private static String luceneFile(Path index, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Matcher m = LUCENE_FILE.matcher(String.valueOf(t.getMessage()));
            while (m.find()) {
                String path = m.group(1) != null ? m.group(1) : m.group(2);
                if (!path.contains("@")) return name(index, path); // MMapDirectory@… names the folder, not a file
            }
        }
        return null;
    }

    private static String name(Path index, String file) {
        if (file == null) return "a file";
        Path path = Path.of(file);
        Path abs = index.toAbsolutePath().normalize();
        Path full = path.toAbsolutePath().normalize();
        return full.startsWith(abs) ? abs.relativize(full).toString().replace('\\', '/') : path.getFileName().toString();
    }
}
