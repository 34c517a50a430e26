package org.studysite.resolve;

import java.net.URLDecoder;
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
    private final Map<String, NoteId> byLowerId = new TreeMap<>();
    /** Notes by lower-case file name, shortest path first: a wikilink lookup is one map get, not a scan of the vault. */
    private final Map<String, List<NoteId>> byFileName = new java.util.HashMap<>();
    private final Map<NoteId, Set<String>> anchors = new java.util.concurrent.ConcurrentHashMap<>();
    private final Set<String> files;
    /** Vault files by file name, the shortest path kept: where an embed by bare name lands. */
    private final Map<String, String> filesByName = new java.util.HashMap<>();

    LinkResolver(List<Note> allNotes, Set<String> vaultFiles) {
        allNotes.forEach(n -> notes.put(n.id(), n));
        allNotes.forEach(n -> byLowerId.putIfAbsent(n.id().value().toLowerCase(Locale.ROOT), n.id()));
        for (Note n : allNotes) {
            byFileName.computeIfAbsent(fileName(n.id().value().toLowerCase(Locale.ROOT)), k -> new java.util.ArrayList<>()).add(n.id());
        }
        byFileName.values().forEach(ids -> ids.sort(Comparator.comparingInt((NoteId id) -> id.value().length()).thenComparing(id -> id)));
        this.files = vaultFiles;
        for (String file : vaultFiles) {
            filesByName.merge(fileName(file), file, (a, b) -> a.length() < b.length()
                    || a.length() == b.length() && a.compareTo(b) <= 0 ? a : b);
        }
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    LinkTarget resolve(NoteId from, RawLink link) {
        String destination = link.destination().strip();
        if (link.kind() == LinkKind.EMBED) return resolveEmbed(from, destination.substring(1).strip());
        if (SafeUrls.isExternal(destination)) {
            // Only the schemes a page may hold: rendering relies on it (see NoteHtmlRenderer).
            return SafeUrls.safe(destination, link.kind() == LinkKind.IMAGE) ? new ExternalTarget(destination)
                    : new MissingTarget((link.kind() == LinkKind.IMAGE ? "image" : "link") + " with an address the site does not keep '"
                            + shortened(destination) + "' (only " + (link.kind() == LinkKind.IMAGE ? "http and https" : "http, https, mailto and ftp") + ")");
        }
        return link.kind() == LinkKind.WIKI ? resolveWiki(from, destination) : resolvePath(from, destination, link.kind());
    }

    /**
     * An Obsidian embed: a vault file (by path from the vault, from the note, or else by file name,
     * shortest path first, as Obsidian finds it), or else a note or section named as a wikilink does.
     */
    private LinkTarget resolveEmbed(NoteId from, String destination) {
        Optional<String> file = destination.contains("#") ? Optional.empty() : findFile(from, destination);
        if (file.isPresent()) return new AssetTarget(file.get(), "");
        LinkTarget target = resolveWiki(from, destination);
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

    private LinkTarget resolveWiki(NoteId from, String destination) {
        int hash = destination.indexOf('#');
        String page = (hash < 0 ? destination : destination.substring(0, hash)).strip();
        String heading = hash < 0 ? "" : destination.substring(hash + 1).strip();
        Optional<NoteId> target = page.isEmpty() ? Optional.of(from) : findByName(page);
        if (target.isEmpty()) return new MissingTarget("link to missing note '" + page + "'");
        if (heading.isEmpty()) return new NoteTarget(target.get(), "");
        return anchorByHeadingText(target.get(), heading)
                .<LinkTarget>map(id -> new NoteTarget(target.get(), id))
                .orElseGet(() -> new MissingTarget("link to missing heading '" + heading + "' in '"
                        + notes.get(target.get()).sourcePath() + "'"));
    }

    /** Obsidian's rule: a path if it has one, else the shortest-path note with that file name. */
    private Optional<NoteId> findByName(String page) {
        String wanted = page.replaceFirst("(?i)\\.md$", "").toLowerCase(Locale.ROOT);
        NoteId exact = byLowerId.get(wanted);
        if (exact != null) return Optional.of(exact);
        return byFileName.getOrDefault(fileName(wanted), List.of()).stream()
                .filter(id -> id.value().toLowerCase(Locale.ROOT).endsWith("/" + wanted))
                .findFirst();
    }

    private Optional<String> anchorByHeadingText(NoteId note, String heading) {
        String slug = HeadingIds.slug(heading);
        for (Heading h : notes.get(note).headings()) {
            if (h.text().equalsIgnoreCase(heading) || h.id().equals(slug)) return Optional.of(h.id());
        }
        return Optional.empty();
    }

    private LinkTarget resolvePath(NoteId from, String destination, LinkKind kind) {
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
            Optional<NoteId> note = noteAt(path);
            if (note.isPresent()) return withAnchor(note.get(), anchor, destination);
        }
        if (files.contains(path)) return new AssetTarget(path, anchor);
        if (kind == LinkKind.IMAGE) return missingImage(path);
        return new MissingTarget("link to missing note '" + destination + "'");
    }

    private static MissingTarget missingImage(String path) {
        return new MissingTarget("missing image '" + path + "'");
    }

    private Optional<NoteId> noteAt(String path) {
        String id = path.toLowerCase(Locale.ROOT).endsWith(".md") ? path.substring(0, path.length() - 3) : path;
        if (id.isEmpty() || id.endsWith("/")) return Optional.empty();
        NoteId candidate = new NoteId(id);
        return notes.containsKey(candidate) ? Optional.of(candidate) : Optional.empty();
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
