package org.studysite.search;

/** Reads what {@link BitWriter} wrote, as search.js's {@code BitReader} does. */
final class BitReader {
    private final byte[] bytes;
    private long at;

    BitReader(byte[] bytes) {
        this.bytes = bytes;
    }

    int bit() {
        if (at >= bytes.length * 8L) throw new IllegalStateException("bits run out");
        int b = (bytes[(int) (at >> 3)] >> (7 - (int) (at & 7))) & 1;
        at++;
        return b;
    }

    long bits(int width) {
        long v = 0;
        for (int i = 0; i < width; i++) v = (v << 1) | bit();
        return v;
    }

    /** {@link BitWriter#gamma}: the value, not value + 1. */
    int gamma() {
        int zeros = 0;
        while (bit() == 0) zeros++;
        return (int) ((1L << zeros) + bits(zeros) - 1);
    }

    int rice(int k) {
        long q = 0;
        while (bit() == 1) q++;
        return (int) ((q << k) + bits(k));
    }
}
