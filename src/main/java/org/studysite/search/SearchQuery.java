package org.studysite.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.studysite.model.Tag;

/**
 * A parsed query: scored words (lower case, split like the tokenizer), quoted phrases (which must
 * occur, and whose words also score), {@code #tag} filters, and whether the last word is still being
 * typed (then it also matches as a prefix). search.js parses the same way.
 */
public record SearchQuery(List<String> words, List<List<String>> phrases, List<String> tags, boolean lastIsPrefix) {
    private static final Pattern PART = Pattern.compile("\"([^\"]*)\"?|#([A-Za-z][A-Za-z0-9_/-]*)|([^\\s\"#]+|#)");
    private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{Nd}_]+");

    public SearchQuery {
        words = List.copyOf(words);
        phrases = phrases.stream().map(List::copyOf).toList();
        tags = List.copyOf(tags);
    }

    /** @param asYouType whether the input is being typed (the last word, if not followed by a space, is a prefix) */
    public static SearchQuery parse(String input, boolean asYouType) {
        List<String> words = new ArrayList<>();
        List<List<String>> phrases = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        boolean lastPlain = false;
        Matcher m = PART.matcher(input);
        while (m.find()) {
            lastPlain = false;
            if (m.group(1) != null) {
                List<String> phrase = split(m.group(1));
                words.addAll(phrase);
                if (phrase.size() > 1) phrases.add(phrase);
            } else if (m.group(2) != null) {
                String tag = new Tag(m.group(2)).name();
                if (!tags.contains(tag)) tags.add(tag);
            } else {
                List<String> parts = split(m.group(3));
                words.addAll(parts);
                lastPlain = !parts.isEmpty() && m.end() == input.length();
            }
        }
        return new SearchQuery(words, phrases, tags, asYouType && lastPlain);
    }

    static List<String> split(String text) {
        List<String> words = new ArrayList<>();
        for (String w : SPLIT.split(text.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty()) words.add(w);
        }
        return words;
    }

    public SearchQuery withTag(String tag) {
        if (tag == null || tag.isBlank()) return this;
        List<String> more = new ArrayList<>(tags);
        String name = new Tag(tag.replaceFirst("^#", "")).name();
        if (!more.contains(name)) more.add(name);
        return new SearchQuery(words, phrases, more, lastIsPrefix);
    }
}
