package org.studysite.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.studysite.output.PackedScript;

/**
 * What a browser shows of a page whose list is packed (render/view/PackedPart): the list's script read
 * back ({@link PackedScript#read}, the reader the CLI uses for the search export) and put into the element
 * that names it.
 */
public final class PackedList {
    private PackedList() {
    }

    /** {@code page} (read from {@code file}) with its packed list, if it has one, filled in. */
    public static Document fill(Document page, Path file) {
        Element box = page.selectFirst("[data-packed]");
        if (box != null) box.html(html(file.resolveSibling(box.attr("data-packed"))));
        return page;
    }

    /** The HTML a list script holds. */
    public static String html(Path script) {
        try {
            return new String(PackedScript.read("studysitePart", Files.readAllBytes(script), null), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
