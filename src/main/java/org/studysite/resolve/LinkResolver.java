package org.studysite.resolve;

import java.net.URLDecoder;
import java.text.Normalizer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.studysite.markdown.HeadingIds;
import org.studysite.markdown.SafeUrls;
import org.studysite.model.BlockAnchor;
import org.studysite.model.Heading;
import org.studysite.model.LinkKind;
import org.studysite.model.LinkTarget;
import org.studysite.model.LinkTarget.AssetTarget;
import org.studysite.model.LinkTarget.ExternalTarget;
import org.studysite.model.LinkTarget.MissingTarget;
import org.studysite.model.LinkTarget.NoteTarget;
import org.studysite.model.Note;
import org.studysite.model.NoteId;
import org.studysite.model.RawLink;

/**
 * Turns a written link into its target. Markdown links are paths relative to the note (percent
 * escapes allowed, ".md" optional) with GitHub anchors; wikilinks name a note by file name as
 * Obsidian does, and a heading by its text. Nothing outside the vault is ever a target.
 */
final class LinkResolver {
    private final Map<NoteId, Note> notes = new TreeMap<>();
    /** Notes by {@link #fold folded} id, in id order: what a link matches when case or normalisation differ. */
    private final Map<String, List<NoteId>> byFoldedId = new java.util.HashMap<>();
    /** Notes by folded file name, shortest path first: a wikilink lookup is one map get, not a scan of the vault. */
    private final Map<String, List<NoteId>> byFileName = new java.util.HashMap<>();
    private final Map<NoteId, Set<String>> anchors = new java.util.concurrent.ConcurrentHashMap<>();
    private final Set<String> files;
    /** Vault files by file name, the shortest path kept: where an embed by bare name lands. */
    private final Map<String, String> filesByName = new java.util.HashMap<>();

    LinkResolver(List<Note> allNotes, Set<String> vaultFiles) {
        allNotes.forEach(n -> notes.put(n.id(), n));
        for (Note n : allNotes) {
            String folded = fold(n.id().value());
            byFoldedId.computeIfAbsent(folded, k -> new java.util.ArrayList<>()).add(n.id());
            byFileName.computeIfAbsent(fileName(folded), k -> new java.util.ArrayList<>()).add(n.id());
        }
        byFoldedId.values().forEach(ids -> ids.sort(null));
        byFileName.values().forEach(ids -> ids.sort(Comparator.comparingInt((NoteId id) -> id.value().length()).thenComparing(id -> id)));
        this.files = vaultFiles;
        for (String file : vaultFiles) {
            filesByName.merge(fileName(file), file, (a, b) -> a.length() < b.length()
                    || a.length() == b.length() && a.compareTo(b) <= 0 ? a : b);
        }
    }

    /**
     * A name as Obsidian compares names when no note has it exactly: Unicode-normalised (NFC: macOS
     * names files decomposed, keyboards type composed) and without case.
     */
    static String fold(String name) {
        String lower = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return Normalizer.normalize(lower, Normalizer.Form.NFC);
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /**
     * The target of {@code link} in note {@code from}; {@code warn} hears what the reader should fix in a
     * link that still resolves (a backslash, a name matched only without case).
     */
    LinkTarget resolve(NoteId from, RawLink link, Consumer<String> warn) {
        String destination = link.destination().strip();
        if (link.kind() == LinkKind.EMBED) return resolveEmbed(from, destination.substring(1).strip(), warn);
        if (SafeUrls.isExternal(destination)) {
            // Only the schemes a page may hold: rendering relies on it (see NoteHtmlRenderer).
            return SafeUrls.safe(destination, link.kind() == LinkKind.IMAGE) ? new ExternalTarget(destination)
                    : new MissingTarget((link.kind() == LinkKind.IMAGE ? "image" : "link") + " with an address the site does not keep '"
                            + shortened(destination) + "' (only " + (link.kind() == LinkKind.IMAGE ? "http and https" : "http, https, mailto and ftp") + ")");
        }
        if (hasBackslash(destination, link.kind())) {
            // A Windows habit: "a\b.md" means the folder a, as '/' does everywhere else.
            warn.accept("use / in links: " + shortened(destination));
            destination = destination.replace('\\', '/');
        }
        return link.kind() == LinkKind.WIKI ? resolveWiki(from, destination, warn) : resolvePath(from, destination, link.kind(), warn);
    }

    /** A backslash between names; in a wikilink, not the one that escapes a table's '|'. */
    private static boolean hasBackslash(String destination, LinkKind kind) {
        String path = kind == LinkKind.WIKI ? destination.replace("\\|", "|") : destination;
        int slash = path.indexOf('\\');
        return slash >= 0 && (kind != LinkKind.WIKI || slash < path.length() - 1);
    }

    /**
     * An Obsidian embed: a vault file (by path from the vault, from the note, or else by file name,
     * shortest path first, as Obsidian finds it), or else a note or section named as a wikilink does.
     */
    private LinkTarget resolveEmbed(NoteId from, String destination, Consumer<String> warn) {
        Optional<String> file = destination.contains("#") ? Optional.empty() : findFile(from, destination);
        if (file.isPresent()) return new AssetTarget(file.get(), "");
        LinkTarget target = resolveWiki(from, destination, warn);
        if (!(target instanceof MissingTarget missing)) return target;
        boolean image = destination.matches("(?i).*\\.(png|jpe?g|gif|svg|webp|bmp|avif)");
        return image ? missingImage(destination) : new MissingTarget(missing.reason().replaceFirst("^link to", "embed of"));
    }

    private Optional<String> findFile(NoteId from, String name) {
        if (files.contains(name)) return Optional.of(name);
        Optional<String> relative = normalise(from.folder(), name).filter(files::contains);
        if (relative.isPresent()) return relative;
        return Optional.ofNullable(filesByName.get(fileName(name)));
    }

    private static String shortened(String url) {
        return url.length() <= 40 ? url : url.substring(0, 40) + "…";
    }

    private LinkTarget resolveWiki(NoteId from, String destination, Consumer<String> warn) {
        int hash = destination.indexOf('#');
        String page = (hash < 0 ? destination : destination.substring(0, hash)).strip();
        String heading = hash < 0 ? "" : destination.substring(hash + 1).strip();
        Optional<NoteId> target = page.isEmpty() ? Optional.of(from) : findByName(page, "[[" + page + "]]", warn);
        if (target.isEmpty()) return new MissingTarget("link to missing note '" + page + "'");
        if (heading.isEmpty()) return new NoteTarget(target.get(), "");
        return anchorByHeadingText(target.get(), heading)
                .<LinkTarget>map(id -> new NoteTarget(target.get(), id))
                .orElseGet(() -> new MissingTarget("link to missing heading '" + heading + "' in '"
                        + notes.get(target.get()).sourcePath() + "'"));
    }

    /**
     * Obsidian's rule: the note at that path if there is one, else the shortest-path note with that
     * file name. Each step takes a note written exactly so first, then one whose name differs only in
     * case or Unicode normalisation ({@link #fold}); between several of those it warns.
     */
    private Optional<NoteId> findByName(String page, String written, Consumer<String> warn) {
        String wanted = page.replaceFirst("(?i)\\.md$", "");
        Optional<NoteId> atPath = noteWithId(wanted, written, warn);
        if (atPath.isPresent()) return atPath;
        String folded = fold(wanted);
        List<NoteId> named = byFileName.getOrDefault(fileName(folded), List.of()).stream()
                .filter(id -> fold(id.value()).endsWith("/" + folded)).toList();
        if (named.isEmpty()) return Optional.empty();
        String suffix = "/" + Normalizer.normalize(wanted, Normalizer.Form.NFC);
        Optional<NoteId> exact = named.stream().filter(id -> Normalizer.normalize(id.value(), Normalizer.Form.NFC).endsWith(suffix)).findFirst();
        if (exact.isPresent()) return exact;
        // Shortest first; those as short that differ only in case from it are the ambiguity.
        String first = fold(named.get(0).value());
        return Optional.of(pick(named.stream().filter(id -> fold(id.value()).equals(first)).toList(), written, warn));
    }

    /** The note with vault path {@code path} (no ".md"): exactly, else by {@link #fold}. */
    private Optional<NoteId> noteWithId(String path, String written, Consumer<String> warn) {
        if (validId(path) && notes.containsKey(new NoteId(path))) return Optional.of(new NoteId(path));
        List<NoteId> same = byFoldedId.get(fold(path));
        if (same == null) return Optional.empty();
        String nfc = Normalizer.normalize(path, Normalizer.Form.NFC);
        Optional<NoteId> composed = same.stream().filter(id -> Normalizer.normalize(id.value(), Normalizer.Form.NFC).equals(nfc)).findFirst();
        return Optional.of(composed.orElseGet(() -> pick(same, written, warn)));
    }

    /** Whether {@code path} can be a {@link NoteId} (a link can name anything, "a.md.md" or "/"). */
    private static boolean validId(String path) {
        return !path.isEmpty() && !path.startsWith("/") && !path.endsWith(".md") && !path.contains("\\");
    }

    /** The first of notes whose names differ only in case or normalisation (id order: stable); a warning if there are several. */
    private NoteId pick(List<NoteId> candidates, String written, Consumer<String> warn) {
        NoteId chosen = candidates.get(0);
        if (candidates.size() > 1) {
            List<String> names = candidates.stream().map(id -> notes.get(id).sourcePath()).toList();
            String all = names.size() == 2 ? "both " + names.get(0) + " and " + names.get(1)
                    : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
            warn.accept(written + " matches " + all + "; linking " + notes.get(chosen).sourcePath()
                    + ", the first by name (write the name exactly to choose)");
        }
        return chosen;
    }

    private Optional<String> anchorByHeadingText(NoteId note, String heading) {
        String slug = HeadingIds.slug(heading);
        for (Heading h : notes.get(note).headings()) {
            if (h.text().equalsIgnoreCase(heading) || h.id().equals(slug)) return Optional.of(h.id());
        }
        return Optional.empty();
    }

    private LinkTarget resolvePath(NoteId from, String destination, LinkKind kind, Consumer<String> warn) {
        int hash = destination.indexOf('#');
        String rawPath = hash < 0 ? destination : destination.substring(0, hash);
        String anchor = hash < 0 ? "" : decode(destination.substring(hash + 1));
        if (rawPath.isEmpty()) return kind == LinkKind.IMAGE ? missingImage(destination) : withAnchor(from, anchor, destination);
        Optional<String> vaultPath = normalise(from.folder(), decode(rawPath));
        if (vaultPath.isEmpty()) {
            return new MissingTarget((kind == LinkKind.IMAGE ? "image" : "link") + " outside the vault '" + destination + "'");
        }
        String path = vaultPath.get();
        if (kind != LinkKind.IMAGE) {
            Optional<NoteId> note = noteAt(path, "link '" + shortened(destination) + "'", warn);
            if (note.isPresent()) return withAnchor(note.get(), anchor, destination);
        }
        if (files.contains(path)) return new AssetTarget(path, anchor);
        if (kind == LinkKind.IMAGE) return missingImage(path);
        return new MissingTarget("link to missing note '" + destination + "'");
    }

    private static MissingTarget missingImage(String path) {
        return new MissingTarget("missing image '" + path + "'");
    }

    private Optional<NoteId> noteAt(String path, String written, Consumer<String> warn) {
        String id = path.toLowerCase(Locale.ROOT).endsWith(".md") ? path.substring(0, path.length() - 3) : path;
        if (id.isEmpty() || id.endsWith("/")) return Optional.empty();
        return noteWithId(id, written, warn);
    }

    private LinkTarget withAnchor(NoteId note, String anchor, String destination) {
        if (anchor.isEmpty() || idsOf(note).contains(anchor)) return new NoteTarget(note, anchor);
        String lower = anchor.toLowerCase(Locale.ROOT);
        if (idsOf(note).contains(lower)) return new NoteTarget(note, lower);
        return new MissingTarget("link to missing anchor '#" + anchor + "' in '" + notes.get(note).sourcePath() + "'");
    }

    /** A note's heading and block ids, collected once per note however many links point into it. */
    private Set<String> idsOf(NoteId note) {
        return anchors.computeIfAbsent(note, id -> {
            Note n = notes.get(id);
            Set<String> ids = new java.util.HashSet<>();
            n.headings().forEach(h -> ids.add(h.id()));
            n.blockAnchors().stream().map(BlockAnchor::id).forEach(ids::add);
            return ids;
        });
    }

    /** {@code folder + "/" + path} with "." and ".." applied; empty if it leaves the vault. */
    static Optional<String> normalise(String folder, String path) {
        Deque<String> parts = new ArrayDeque<>();
        String joined = path.startsWith("/") ? path.substring(1) : (folder.isEmpty() ? path : folder + "/" + path);
        for (String part : joined.split("/")) {
            if (part.isEmpty() || part.equals(".")) continue;
            if (part.equals("..")) {
                if (parts.isEmpty()) return Optional.empty();
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("/", parts));
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
