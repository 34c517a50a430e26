package org.studysite.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The browser export of a built site ({@link BrowserIndexExporter}), read back for {@code studysite
 * search}: the vocabulary, the sections of a phrase pair and what a result shows. The Lucene index
 * holds only what ranking needs; reading these from the files the page reads means the CLI and
 * the page match the same words and phrases and show the same sections. Files are read when first
 * needed.
 */
final class ExportedIndex {
    /** What a result shows of a section. */
    record Shown(String url, String noteTitle, String heading, String path, List<String> tags, String excerpt) {
    }

    private final Path dir;
    private final Map<String, Object> meta;
    private final Map<Integer, List<Shown>> docShards = new HashMap<>();
    private final Map<Integer, Map<Long, int[]>> phraseRuns = new HashMap<>();
    private byte[] docsPreset;
    private long[] runFirsts;

    private ExportedIndex(Path dir, Map<String, Object> meta) {
        this.dir = dir;
        this.meta = meta;
    }

    /** The export in {@code dir} (the site's search/ folder). */
    @SuppressWarnings("unchecked")
    static ExportedIndex open(Path dir) throws IOException {
        return new ExportedIndex(dir, (Map<String, Object>) read("meta", null, dir));
    }

    /** The site's search/ folder. */
    Path dir() {
        return dir;
    }

    /** A file's JSON; a file that is not as the build wrote it (cut short, edited) is a damaged index. */
    private static Object read(String key, byte[] preset, Path dir) throws IOException {
        return parsed(dir, key + ".js", () -> ScriptFileReader.read(Files.readAllBytes(dir.resolve(key + ".js")), preset));
    }

    /** What a reading of export {@code file} gives; its failures, other than permission, tell a damaged index. */
    private static <T> T parsed(Path dir, String file, Reading<T> reading) throws IOException {
        try {
            return reading.read();
        } catch (java.nio.file.AccessDeniedException | DamagedIndexException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw DamagedIndexException.export(dir, file, e);
        }
    }

    /** Reads and decodes one file of the export. */
    private interface Reading<T> {
        T read() throws IOException;
    }

    private int number(String name) throws IOException {
        return parsed(dir, "meta.js", () -> ((Double) meta.get(name)).intValue());
    }

    /**
     * The vocabulary as the dictionary lists it: every surface word in order, with its stem (an
     * entry is {@code word}, or {@code word|drop|suffix…}: the word less its last drop characters,
     * plus suffix; see BrowserIndexExporter#dictEntry).
     */
    Vocabulary vocabulary(SearchAnalyzer analyzer) throws IOException {
        return parsed(dir, "dict/*.js", () -> readVocabulary(analyzer));
    }

    private Vocabulary readVocabulary(SearchAnalyzer analyzer) throws IOException {
        List<String> surfaces = new ArrayList<>();
        List<String> stems = new ArrayList<>();
        int chunks = ((List<?>) meta.get("dict")).size();
        for (int c = 0; c < chunks; c++) {
            String entries = (String) ((List<?>) read("dict/" + c, null, dir)).get(1);
            for (String entry : entries.split(" ")) {
                String[] p = entry.split("\\|", -1);
                surfaces.add(p[0]);
                stems.add(p.length > 1 ? p[0].substring(0, p[0].length() - Integer.parseInt(p[1])) + p[2] : p[0]);
            }
        }
        return new Vocabulary(surfaces, stems, analyzer);
    }

    /** The sections where stem {@code first} is followed by stem {@code second} (ids as the dictionary gives them), ascending. */
    int[] phraseDocs(int first, int second) throws IOException {
        return parsed(dir, "phrase/*.js", () -> readPhraseDocs(first, second));
    }

    private int[] readPhraseDocs(int first, int second) throws IOException {
        int runs = number("phraseShards");
        if (runs == 0) return new int[0];
        if (runFirsts == null) runFirsts = runFirsts((String) read("phrase/index", null, dir));
        long pair = ((long) first << 32) | second;
        int run = -1;
        for (int lo = 0, hi = runs - 1; lo <= hi; ) {
            int mid = (lo + hi) >>> 1;
            if (runFirsts[mid] <= pair) {
                run = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (run < 0) return new int[0];
        Map<Long, int[]> pairs = phraseRuns.get(run);
        if (pairs == null) {
            pairs = phraseRun(ScriptFileReader.content(Files.readAllBytes(dir.resolve("phrase/" + run + ".js")), null));
            phraseRuns.put(run, pairs);
        }
        return pairs.getOrDefault(pair, new int[0]);
    }

    /** Each run's first pair as {@code (first << 32) | second}: varints of the rise of the first id, then the second id or its rise. */
    private static long[] runFirsts(String index) {
        int[] v = PostingsCodec.varints(index);
        long[] firsts = new long[v.length / 2];
        long a = 0;
        long b = 0;
        for (int i = 0; i < firsts.length; i++) {
            a += v[2 * i];
            b = v[2 * i] > 0 ? v[2 * i + 1] : b + v[2 * i + 1];
            firsts[i] = (a << 32) | b;
        }
        return firsts;
    }

    /** A phrase run as BrowserIndexExporter#phraseRun writes it. */
    private Map<Long, int[]> phraseRun(byte[] bits) throws IOException {
        BitReader r = new BitReader(bits);
        int idBits = number("idBits");
        int sections = number("docs");
        Map<Long, int[]> pairs = new HashMap<>();
        int count = r.gamma() + 1;
        long a = 0;
        long b = -1;
        for (int i = 0; i < count; i++) {
            int rise = r.gamma();
            a += rise;
            b = rise > 0 ? r.bits(idBits) : b + r.gamma() + 1;
            int[] docs = new int[r.gamma() + 1];
            int k = BitWriter.riceParameter(docs.length, sections);
            for (int j = 0, doc = -1; j < docs.length; j++) docs[j] = doc += r.rice(k) + 1;
            pairs.put((a << 32) | b, docs);
        }
        return pairs;
    }

    /** What section {@code ord} shows. */
    Shown shown(int ord) throws IOException {
        return parsed(dir, "docs/*.js", () -> readShown(ord));
    }

    private Shown readShown(int ord) throws IOException {
        int perShard = number("docsPerShard");
        List<Shown> shard = docShards.get(ord / perShard);
        if (shard == null) {
            if (docsPreset == null) docsPreset = ScriptFileReader.content(Files.readAllBytes(dir.resolve("docs/preset.js")), null);
            shard = docsShard((List<?>) read("docs/" + ord / perShard, docsPreset, dir));
            docShards.put(ord / perShard, shard);
        }
        return shard.get(ord % perShard);
    }

    /** {@code [[page, note title, [[heading, excerpt, [tags], parents, anchor?], …]], …]}, as BrowserIndexExporter#writeDocs writes it. */
    @SuppressWarnings("unchecked")
    private static List<Shown> docsShard(List<?> notes) {
        List<Shown> shown = new ArrayList<>();
        for (Object n : notes) {
            List<?> note = (List<?>) n;
            String page = (String) note.get(0);
            String title = (String) note.get(1);
            for (Object s : (List<?>) note.get(2)) {
                List<?> section = (List<?>) s;
                String heading = (String) section.get(0);
                String anchor = section.size() > 4 ? (String) section.get(4) : BrowserIndexExporter.asciiSlug(heading);
                String path = section.get(3) instanceof String whole ? whole : pathOf((List<String>) section.get(3), heading);
                shown.add(new Shown(anchor.isEmpty() ? page : page + "#" + anchor, title, heading, path,
                        (List<String>) section.get(2), (String) section.get(1)));
            }
        }
        return shown;
    }

    private static String pathOf(List<String> parents, String heading) {
        List<String> path = new ArrayList<>(parents);
        path.add(heading);
        return String.join(" › ", path);
    }
}
