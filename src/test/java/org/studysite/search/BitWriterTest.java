package org.studysite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** BitWriter against BrowserDecoder.BitReader, a copy of search.js's reader. */
class BitWriterTest {

    @Test
    void gammaRiceAndPlainBitsComeBackInOrder() {
        Random random = new Random(17);
        int[] values = new int[3000];
        int[] kinds = new int[values.length];
        int[] params = new int[values.length];
        BitWriter out = new BitWriter();
        for (int i = 0; i < values.length; i++) {
            kinds[i] = random.nextInt(3);
            values[i] = i < 40 ? i : random.nextInt(i % 5 == 0 ? Integer.MAX_VALUE : 1 << (1 + random.nextInt(20)));
            switch (kinds[i]) {
                case 0 -> out.gamma(values[i]);
                case 1 -> {
                    params[i] = random.nextInt(12);
                    values[i] = Math.min(values[i], (1 << params[i]) * 200);
                    out.rice(values[i], params[i]);
                }
                default -> {
                    params[i] = 32 - Integer.numberOfLeadingZeros(values[i]);
                    out.bits(values[i], params[i]);
                }
            }
        }
        BrowserDecoder.BitReader in = new BrowserDecoder.BitReader(out.toBytes());
        for (int i = 0; i < values.length; i++) {
            long back = switch (kinds[i]) {
                case 0 -> in.gamma();
                case 1 -> in.rice(params[i]);
                default -> in.bits(params[i]);
            };
            assertEquals(values[i], back, "value " + i + " of kind " + kinds[i]);
        }
        assertEquals(true, in.remainingBits() < 8, "only padding is left");
    }

    @Test
    void riceParameterIsTheLargestKWithRoomForNValues() {
        assertEquals(0, BitWriter.riceParameter(10, 10));
        assertEquals(0, BitWriter.riceParameter(1, 3));
        assertEquals(1, BitWriter.riceParameter(1, 4));
        assertEquals(9, BitWriter.riceParameter(24, 25_693 / 2));
        for (int n = 1; n < 2000; n += 37) {
            for (int range : new int[] {n, 1000, 25_693, 255_944}) {
                assertEquals(BrowserDecoder.riceParameter(n, range), BitWriter.riceParameter(n, range));
            }
        }
    }

    @Test
    void negativeValuesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new BitWriter().gamma(-1));
        assertThrows(IllegalArgumentException.class, () -> new BitWriter().rice(-1, 3));
    }
}
