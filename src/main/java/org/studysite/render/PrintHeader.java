package org.studysite.render;

/**
 * The {@code @page} rule that names a cheat sheet in the printed page header. CSS margin boxes
 * cannot read the document, so the name goes into a CSS string; every character outside a small
 * safe set is written as a CSS escape, so no quote or {@code </style>} can break out. The rule is
 * for the named page {@code cheatsheet} (cheatsheet.css), so a note page that carries it prints
 * with this header only in its cheat-sheet mode.
 */
final class PrintHeader {
    private PrintHeader() {
    }

    static String css(String name) {
        return "@page cheatsheet { @top-center { content: \"" + escaped(name) + "\"; } }";
    }

    static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) && c < 128 || " #-_.,:!?()".indexOf(c) >= 0) {
                out.appendCodePoint(c);
            } else {
                out.append('\\').append(Integer.toHexString(c)).append(' ');
            }
        });
        return out.toString();
    }
}
