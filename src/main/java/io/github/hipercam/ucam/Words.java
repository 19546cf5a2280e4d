package io.github.hipercam.ucam;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Copies of little-endian 16-bit words from a frame's buffer into a window's
 * array, the three ways a
 * {@link UcamLayout} block reads them: in order, reversed (a window flipped in
 * x) and every {@code step} words. Reversal moves four words per 64-bit load
 * and store, which the JIT turns into a few register operations.
 */
final class Words {

    private static final VarHandle WORD = MethodHandles.byteArrayViewVarHandle(short[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final long LOW_WORDS = 0x0000FFFF0000FFFFL;

    private Words() {
    }

    /**
     * @param src source bytes, little-endian
     * @param from byte offset of the first word
     * @param step words from one word read to the next (1: in order; may be negative)
     * @param dst destination bytes
     * @param to byte offset in dst of the first word written
     * @param n words
     */
    static void copy(ByteBuffer src, int from, int step, byte[] dst, int to, int n) {
        if (step == 1) {
            src.get(from, dst, to, 2 * n);
        } else if (step == -1) {
            reversed(src, from - 2 * (n - 1), dst, to, n);
        } else {
            for (int i = 0, at = from; i < n; i++, at += 2 * step) {
                WORD.set(dst, to + 2 * i, src.getShort(at));
            }
        }
    }

    /**
     * Writes {@code n} words read in order from {@code from} in reverse order from {@code to}: the word at
     * {@code from} goes last.
     *
     * @param src source bytes, little-endian
     * @param from byte offset of the first word read
     * @param dst destination bytes
     * @param to byte offset in dst of the first word written
     * @param n words
     */
    static void reversed(ByteBuffer src, int from, byte[] dst, int to, int n) {
        int whole = n & ~3;
        int last = to + 2 * n;
        for (int i = 0; i < whole; i += 4) {
            LONG.set(dst, last - 2 * i - 8, reverse4(src.getLong(from + 2 * i)));
        }
        for (int i = whole; i < n; i++) {
            WORD.set(dst, last - 2 * i - 2, src.getShort(from + 2 * i));
        }
    }

    /** @return the four 16-bit words of {@code x} in reverse order */
    static long reverse4(long x) {
        long halves = (x >>> 32) | (x << 32);
        return ((halves >>> 16) & LOW_WORDS) | ((halves & LOW_WORDS) << 16);
    }

    /**
     * @param b bytes
     * @param at byte offset
     * @param w the word to put there
     */
    static void set(byte[] b, int at, short w) {
        WORD.set(b, at, w);
    }

    /**
     * @param b bytes
     * @param at byte offset
     * @param twoWords two words, the first in the low bits
     */
    static void setInt(byte[] b, int at, int twoWords) {
        INT.set(b, at, twoWords);
    }
}
