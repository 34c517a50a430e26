package org.studysite.search;

import java.io.ByteArrayOutputStream;

/**
 * Bits, most significant first, for lists whose values deflate poorly (random doc ids): Elias gamma
 * for small counts and rises, Golomb-Rice for doc gaps. search.js reads them back ({@code BitReader}).
 */
final class BitWriter {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private long pending;
    private int pendingBits;

    /** The low {@code width} bits of value (width 0..32). */
    void bits(long value, int width) {
        if (width < 0 || width > 32) throw new IllegalArgumentException("width " + width);
        pending = (pending << width) | (value & ((1L << width) - 1));
        pendingBits += width;
        while (pendingBits >= 8) {
            pendingBits -= 8;
            out.write((int) (pending >>> pendingBits) & 0xFF);
        }
        pending &= (1L << pendingBits) - 1;
    }

    /** Elias gamma of value + 1 (value >= 0): as many 0 bits as value + 1 has bits after its first, then value + 1. */
    void gamma(int value) {
        if (value < 0) throw new IllegalArgumentException("negative " + value);
        long x = value + 1L;
        int length = 64 - Long.numberOfLeadingZeros(x);
        bits(0, length - 1);
        bits(x, length);
    }

    /** Golomb-Rice with parameter k: value >> k in unary (that many 1 bits, then a 0), then the low k bits. */
    void rice(int value, int k) {
        if (value < 0) throw new IllegalArgumentException("negative " + value);
        for (int q = value >>> k; q > 0; q -= Math.min(q, 32)) bits(0xFFFFFFFFL, Math.min(q, 32));
        bits(0, 1);
        bits(value, k);
    }

    /** The Rice parameter for n values spread over 0..range: the largest k with (n + 1) * 2^k <= range. */
    static int riceParameter(int n, int range) {
        int k = 0;
        while (k < 30 && (long) (n + 1) << (k + 1) <= range) k++;
        return k;
    }

    /** Bytes written so far (without the bits still pending). */
    int size() {
        return out.size();
    }

    /** The bytes, the last one padded with 0 bits. */
    byte[] toBytes() {
        if (pendingBits > 0) bits(0, 8 - pendingBits);
        return out.toByteArray();
    }
}
