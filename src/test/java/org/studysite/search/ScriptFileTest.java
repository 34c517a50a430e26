package org.studysite.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.studysite.model.OutputFile;

/** Index files against a reader written like search.js: BOM, UTF-16LE, 15 bits a character, raw inflate. */
class ScriptFileTest {

    @Test
    void anyBytesComeBackWhateverTheirLengthModulo15Bits() {
        Random random = new Random(3);
        for (int length : new int[] {0, 1, 2, 3, 14, 15, 16, 17, 29, 30, 31, 1000, 70_000}) {
            byte[] data = new byte[length];
            random.nextBytes(data);
            OutputFile file = ScriptFile.packed("x/" + length, data, null);
            assertEquals("search/x/" + length + ".js", file.path().value());
            assertArrayEquals(data, BrowserDecoder.content(file.bytes(), null), "length " + length);
        }
    }

    @Test
    void charactersAreOneCodeUnitEachAndNeverNeedEscaping() {
        byte[] data = new byte[4096];
        new Random(5).nextBytes(data);
        String text = org.studysite.output.PackedScript.chars(data);
        assertEquals((data.length * 8 + 14) / 15, text.length());
        for (char c : text.toCharArray()) {
            assertTrue(c >= 0x3000 && c <= 0xAFFF, Integer.toHexString(c));
            assertTrue(!Character.isSurrogate(c) && c != 0x2028 && c != 0x2029);
        }
        byte[] file = ScriptFile.packed("k", data, null).bytes();
        assertEquals(0xFF, file[0] & 0xFF);
        assertEquals(0xFE, file[1] & 0xFF);
        assertTrue(new String(file, 2, file.length - 2, StandardCharsets.UTF_16LE).startsWith("_ss("));
    }

    @Test
    void aPresetDictionaryShrinksAFileAndComesOffAgain() {
        byte[] preset = "endpoint serverless inference latency throughput payload batch transform".getBytes(StandardCharsets.UTF_8);
        byte[] data = "[\"Serverless inference\",\"batch transform for payload latency\",\"endpoint\"]".getBytes(StandardCharsets.UTF_8);
        OutputFile plain = ScriptFile.packed("docs/0", data, null);
        OutputFile withPreset = ScriptFile.packed("docs/0", data, preset);
        assertTrue(withPreset.bytes().length < plain.bytes().length, withPreset.bytes().length + " vs " + plain.bytes().length);
        assertArrayEquals(data, BrowserDecoder.content(withPreset.bytes(), preset));
    }

    @Test
    void sameJsonSameBytes() {
        ScriptFile.Body body = json -> {
            json.writeStartArray();
            for (int i = 0; i < 500; i++) json.writeString("word" + (i * 7919 % 1000));
            json.writeEndArray();
        };
        assertArrayEquals(ScriptFile.of("a", body).bytes(), ScriptFile.of("a", body).bytes());
        assertEquals(500, ((java.util.List<?>) BrowserDecoder.json(ScriptFile.of("a", body).bytes(), null)).size());
    }
}
