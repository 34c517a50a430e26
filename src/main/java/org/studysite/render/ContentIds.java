package org.studysite.render;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a card's progress is saved under: a key made from its front, not from where it stands, so lines
 * added above it or its section moved keep its history (issue 11). The key is 6 base-36 characters of
 * SHA-256 over the normalised front ({@link #normalise}): an edit of case, punctuation or spacing keeps
 * it, a changed word makes a new card that starts fresh. Only the front counts: it is what the reader is
 * asked to recall and what Anki itself matches cards by, while backs are where notes grow (a detail
 * added, a typo fixed), which should not throw a learnt card's history away. Cards of one note with the
 * same kind and key (the same question twice) get "-2", "-3" in source order.
 */
final class ContentIds {
    /** Marks stay: a vowel sign of Devanagari or an accent with no precomposed form is part of its word. */
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");
    /**
     * 31 bits, at most 6 base-36 digits: every card's page carries its key, and 8 digits put the deck over
     * its size budget (FlashcardSizeTest). Keys only need to differ within one note and kind: 300 cards
     * there clash once in 50,000 notes, and a clash is then numbered like a repeat, so ids stay unique.
     */
    private static final int LENGTH = 6;

    private ContentIds() {
    }

    /** "Scenario: Real-time  FRAUD scoring!" and "scenario - real-time fraud scoring" are the same: "scenario real time fraud scoring". */
    static String normalise(String front) {
        String nfc = Normalizer.normalize(front, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return NOT_WORD.matcher(nfc).replaceAll(" ").strip();
    }

    /** The front's key without its repeat number: 6 characters of [0-9a-z]. */
    static String key(String front) {
        byte[] digest = sha256(normalise(front).getBytes(StandardCharsets.UTF_8));
        String digits = Integer.toString(ByteBuffer.wrap(digest).getInt() >>> 1, 36); // 31 bits < 36^6
        return "0".repeat(LENGTH - digits.length()) + digits;
    }

    /** One note's cards, in source order, each with its key; a repeat of a kind and key is numbered. */
    static List<Flashcard> assign(List<Flashcard> noteCards) {
        Map<String, Integer> seen = new HashMap<>();
        List<Flashcard> keyed = new ArrayList<>(noteCards.size());
        for (Flashcard card : noteCards) {
            String key = key(card.plainFront());
            int n = seen.merge(card.kind() + ":" + key, 1, Integer::sum);
            keyed.add(card.withKey(n == 1 ? key : key + "-" + n));
        }
        return keyed;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
