package org.studysite.markdown;

import com.vladsch.flexmark.ast.Code;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.studysite.model.Tag;

/**
 * How tags are written: inline code holding only a hashtag ({@code `#exam-tip`}), or an Obsidian
 * hashtag in plain text, preceded by whitespace or the start of the text. Text inside code blocks
 * never reaches these methods, so code comments are never tags.
 */
public final class TagSyntax {
    private static final Pattern CODE_TAG = Pattern.compile("#([A-Za-z][A-Za-z0-9_/-]*)");
    private static final Pattern TEXT_TAG = Pattern.compile("(?<=^|\\s)#([A-Za-z][A-Za-z0-9_/-]*)");

    private TagSyntax() {
    }

    /** A hashtag found in a text run: {@code start..end} covers the '#' and the name. */
    public record Hashtag(Tag tag, int start, int end) {
    }

    /** The tag an inline code span is, if it holds nothing but a hashtag. */
    public static Optional<Tag> ofCode(Code code) {
        Matcher m = CODE_TAG.matcher(code.getText().toString().trim());
        return m.matches() ? Optional.of(new Tag(trimName(m.group(1)))) : Optional.empty();
    }

    /** Obsidian hashtags in a run of plain text. */
    public static List<Hashtag> inText(CharSequence text) {
        List<Hashtag> found = new ArrayList<>();
        // Most text runs hold no '#': skip the look-behind scan of every character for them.
        if (text.toString().indexOf('#') < 0) return found;
        Matcher m = TEXT_TAG.matcher(text);
        while (m.find()) {
            String name = trimName(m.group(1));
            found.add(new Hashtag(new Tag(name), m.start(), m.start(1) + name.length()));
        }
        return found;
    }

    /** A trailing '/', '-' or '_' is punctuation after the tag ("see #gotcha-"), not part of it. */
    private static String trimName(String name) {
        int end = name.length();
        while (end > 1 && "/-_".indexOf(name.charAt(end - 1)) >= 0) end--;
        return name.substring(0, end);
    }
}
