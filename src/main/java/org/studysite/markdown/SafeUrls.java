package org.studysite.markdown;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The addresses a page may link to or show, as jsoup's relaxed Safelist allows them: links to
 * http, https, mailto and ftp; images from http and https; never {@code javascript:} or
 * {@code data:}. Resolve checks every written link with it; render checks autolinks with it.
 */
public final class SafeUrls {
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*|^//.*", Pattern.DOTALL);
    private static final Set<String> LINKS = Set.of("http", "https", "mailto", "ftp");
    private static final Set<String> IMAGES = Set.of("http", "https");

    private SafeUrls() {
    }

    /** Whether the address names a scheme (or is protocol-relative): not a path in the vault. */
    public static boolean isExternal(String url) {
        return SCHEME.matcher(url).matches();
    }

    /** Whether an external address may be a link ({@code image} false) or an image's source. */
    public static boolean safe(String url, boolean image) {
        if (url.startsWith("//")) return true;
        int colon = url.indexOf(':');
        if (colon < 0) return false;
        String scheme = url.substring(0, colon).toLowerCase(Locale.ROOT);
        return image ? IMAGES.contains(scheme) : LINKS.contains(scheme);
    }
}
