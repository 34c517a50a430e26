package org.studysite.parse;

import org.studysite.markdown.SourceLines;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.studysite.model.Heading;

/**
 * A note's title: front matter {@code title:}, else the first H1, else the first heading of any
 * level, else the file name. An untagged heading directly under the title H1 is the subtitle (a
 * tagged one is content: its tag must keep pointing at a section).
 */
final class TitleResolver {
    private TitleResolver() {
    }

    /** The title, the line of the heading it came from (moved to the page header), and the subtitle. */
    record Title(String text, Optional<Integer> headingLine, Optional<String> subtitle, Optional<Integer> subtitleLine) {
    }

    static Title resolve(Document document, FrontMatter front, List<Heading> headings, String fileName) {
        Optional<Heading> h1 = headings.stream().filter(h -> h.level() == 1).findFirst();
        if (front.title().isPresent()) {
            // The H1 that repeats the front matter title would show it twice: it goes to the header too.
            Optional<Heading> same = h1.filter(h -> h.text().equalsIgnoreCase(front.title().get()));
            return withSubtitle(document, front.title().get(), same, headings);
        }
        if (h1.isPresent()) return withSubtitle(document, h1.get().text(), h1, headings);
        if (!headings.isEmpty()) {
            // The first heading serves as the title: like an H1 it moves to the page header, shown once.
            Heading first = headings.get(0);
            return new Title(first.text(), Optional.of(first.line()), Optional.empty(), Optional.empty());
        }
        return new Title(fileName.replace('-', ' ').replace('_', ' '), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static Title withSubtitle(Document document, String title, Optional<Heading> h1, List<Heading> headings) {
        if (h1.isEmpty()) return new Title(title, Optional.empty(), Optional.empty(), Optional.empty());
        int line = h1.get().line();
        Optional<Heading> sub = nextBlockIsHeading(document, line)
                ? headings.stream().filter(h -> h.line() > line).findFirst().filter(h -> h.level() > 1 && h.tags().isEmpty())
                : Optional.empty();
        return new Title(title, Optional.of(line), sub.map(Heading::text), sub.map(Heading::line));
    }

    private static boolean nextBlockIsHeading(Document document, int line) {
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (SourceLines.start(n) == line) return n.getNext() instanceof com.vladsch.flexmark.ast.Heading;
        }
        return false;
    }
}
