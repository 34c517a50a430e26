package org.studysite.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.InflaterInputStream;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;

class PackedScriptTest {
    private static final Pattern SCRIPT = Pattern.compile("cb\\((\\d+),\"([\\u3000-\\uAFFF]*)\"\\);\n");

    @Test
    void aScriptCarriesItsDataDeflatedFifteenBitsToACharacterAndIsTheSameEveryTime() throws IOException {
        byte[] data = "{\"regions\": {\"a\": \"<p>Repeated text, repeated text, repeated text \\\" \\\\ </p>\"}}".repeat(50)
                .getBytes(StandardCharsets.UTF_8);
        byte[] file = PackedScript.of("cb", data);
        assertArrayEquals(file, PackedScript.of("cb", data), "deterministic");
        assertEquals(0xFF, file[0] & 0xFF);
        assertEquals(0xFE, file[1] & 0xFE);
        String text = new String(file, 2, file.length - 2, StandardCharsets.UTF_16LE);
        Matcher m = SCRIPT.matcher(text);
        assertTrue(m.matches(), "no quotes, backslashes or line ends inside the string: " + text.substring(0, 40));
        assertTrue(file.length < data.length / 5, "compressed: " + file.length + " of " + data.length);
        assertArrayEquals(data, inflate(Integer.parseInt(m.group(1)), m.group(2)));
        assertArrayEquals(data, PackedScript.read("cb", file, null), "read back by the Java reader too");
    }

    @Test
    void aPresetDictionaryIsNeededToReadBackAndABrokenFileIsRefused() {
        byte[] preset = "<li><a href=\"../notes/".repeat(20).getBytes(StandardCharsets.UTF_8);
        byte[] data = "<li><a href=\"../notes/x.html\">X</a></li>".repeat(30).getBytes(StandardCharsets.UTF_8);
        byte[] file = PackedScript.of("cb", data, preset);
        assertArrayEquals(data, PackedScript.read("cb", file, preset));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> PackedScript.read("other", file, preset));
        byte[] cut = java.util.Arrays.copyOf(file, file.length - 40);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> PackedScript.read("cb", cut, preset));
    }

    /** What the page does: characters to bytes (15 bits each, high first), then raw inflate. */
    private static byte[] inflate(int count, String chars) throws IOException {
        byte[] bytes = new byte[count];
        int acc = 0;
        int bits = 0;
        int j = 0;
        for (int i = 0; i < chars.length() && j < count; i++) {
            acc = (acc << 15) | (chars.charAt(i) - PackedScript.CHAR_BASE);
            bits += 15;
            while (bits >= 8 && j < count) {
                bits -= 8;
                bytes[j++] = (byte) (acc >>> bits);
            }
            acc &= (1 << bits) - 1;
        }
        try (InflaterInputStream in = new InflaterInputStream(new ByteArrayInputStream(bytes), new Inflater(true))) {
            return in.readAllBytes();
        }
    }
}
