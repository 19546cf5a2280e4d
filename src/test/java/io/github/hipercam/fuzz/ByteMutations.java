package io.github.hipercam.fuzz;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Format-blind mutations of a byte array, each within a region
 * {@code [from, to)} so that a caller can aim at a header or at the data.
 * Every method returns a new array and says what it did.
 */
final class ByteMutations {

    /** Byte values that tend to matter: zero, all ones, sign bits, ASCII digits, quote, space. */
    private static final int[] SPECIAL = {0x00, 0xFF, 0x7F, 0x80, 0x20, '0', '9', '-', '\'', '=', '/', 'T', 'F'};

    /** A result: the bytes and a description. */
    record Result(byte[] bytes, String what) {
    }

    private ByteMutations() {
    }

    /**
     * One mutation chosen at random.
     *
     * @param b the bytes
     * @param from start of the region
     * @param to end of the region (exclusive)
     * @param r randomness
     * @return the mutated copy
     */
    static Result any(byte[] b, int from, int to, SplittableRandom r) {
        if (b.length == 0 || to <= from) {
            return new Result(new byte[] {(byte) r.nextInt(256)}, "one random byte instead of none");
        }
        return switch (r.nextInt(8)) {
            case 0, 1 -> flipBits(b, from, to, 1 + r.nextInt(r.nextBoolean() ? 2 : 16), r);
            case 2 -> setSpecial(b, from, to, r);
            case 3 -> fill(b, from, to, r);
            case 4 -> truncate(b, from + r.nextInt(to - from));
            case 5 -> delete(b, from, to, r);
            case 6 -> insert(b, from, to, r);
            default -> duplicate(b, from, to, r);
        };
    }

    static Result flipBits(byte[] b, int from, int to, int n, SplittableRandom r) {
        byte[] out = b.clone();
        int first = -1;
        for (int i = 0; i < n; i++) {
            int pos = from + r.nextInt(to - from);
            first = first < 0 ? pos : first;
            out[pos] ^= (byte) (1 << r.nextInt(8));
        }
        return new Result(out, n + " bit flip(s) from byte " + first);
    }

    static Result setSpecial(byte[] b, int from, int to, SplittableRandom r) {
        byte[] out = b.clone();
        int pos = from + r.nextInt(to - from);
        int v = SPECIAL[r.nextInt(SPECIAL.length)];
        out[pos] = (byte) v;
        return new Result(out, "byte " + pos + " set to 0x" + Integer.toHexString(v));
    }

    static Result fill(byte[] b, int from, int to, SplittableRandom r) {
        byte[] out = b.clone();
        int pos = from + r.nextInt(to - from);
        int len = Math.min(to - pos, 1 + r.nextInt(r.nextBoolean() ? 8 : 4096));
        int v = r.nextBoolean() ? 0 : 0xFF;
        Arrays.fill(out, pos, pos + len, (byte) v);
        return new Result(out, len + " bytes from " + pos + " set to 0x" + Integer.toHexString(v));
    }

    static Result truncate(byte[] b, int length) {
        int len = Math.max(0, Math.min(length, b.length));
        return new Result(Arrays.copyOf(b, len), "truncated to " + len + " bytes");
    }

    static Result delete(byte[] b, int from, int to, SplittableRandom r) {
        int pos = from + r.nextInt(to - from);
        int len = Math.min(to - pos, 1 + r.nextInt(r.nextBoolean() ? 4 : 2000));
        byte[] out = new byte[b.length - len];
        System.arraycopy(b, 0, out, 0, pos);
        System.arraycopy(b, pos + len, out, pos, b.length - pos - len);
        return new Result(out, len + " bytes deleted at " + pos);
    }

    static Result insert(byte[] b, int from, int to, SplittableRandom r) {
        int pos = from + r.nextInt(to - from + 1);
        int len = 1 + r.nextInt(r.nextBoolean() ? 4 : 3000);
        byte[] ins = new byte[len];
        for (int i = 0; i < len; i++) {
            ins[i] = (byte) r.nextInt(256);
        }
        return new Result(splice(b, pos, ins), len + " random bytes inserted at " + pos);
    }

    static Result duplicate(byte[] b, int from, int to, SplittableRandom r) {
        int pos = from + r.nextInt(to - from);
        int len = Math.min(to - pos, 1 + r.nextInt(r.nextBoolean() ? 80 : 2880));
        int at = from + r.nextInt(to - from + 1);
        return new Result(splice(b, at, Arrays.copyOfRange(b, pos, pos + len)),
                len + " bytes from " + pos + " copied in at " + at);
    }

    /**
     * @param b bytes
     * @param pos where to insert
     * @param ins what
     * @return a copy with {@code ins} inserted before {@code pos}
     */
    static byte[] splice(byte[] b, int pos, byte[] ins) {
        byte[] out = new byte[b.length + ins.length];
        System.arraycopy(b, 0, out, 0, pos);
        System.arraycopy(ins, 0, out, pos, ins.length);
        System.arraycopy(b, pos, out, pos + ins.length, b.length - pos);
        return out;
    }
}
