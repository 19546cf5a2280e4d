package io.github.hipercam.ucam;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Python's {@code "{:012.9f}"} of a double: its exact binary value rounded
 * half to even at nine decimals, zero-padded to twelve characters, sign
 * included. The seconds of every ULTRACAM and ULTRASPEC timestamp are written
 * this way, once per CCD and frame, so the usual case (below a billion) is
 * done in 128-bit integer arithmetic: no {@link BigDecimal}, whose division
 * loops would otherwise be compiled, and run slowly until they are, in every
 * freshly started JVM. Anything larger falls back to {@code BigDecimal}.
 */
final class NineDecimals {

    private static final long SCALE = 1_000_000_000L;
    private static final int WIDTH = 12;
    /** Below this, a * 1e9 rounded fits a long and the exact product m * 1e9 of the mantissa fits 83 bits. */
    private static final double LIMIT = 1e9;

    private NineDecimals() {
    }

    /**
     * @param s a finite number
     * @return e.g. "09.741427358" for 9.7414273581, "-0.000000001" for -1e-9
     */
    static String of(double s) {
        String sign = s < 0 || (s == 0 && 1 / s < 0) ? "-" : "";
        double a = Math.abs(s);
        String digits;
        if (a < LIMIT) {
            long q = scaled(a);
            String frac = Long.toString(q % SCALE);
            digits = (q / SCALE) + "." + "000000000".substring(frac.length()) + frac;
        } else {
            digits = new BigDecimal(a).setScale(9, RoundingMode.HALF_EVEN).toPlainString();
        }
        StringBuilder b = new StringBuilder(WIDTH).append(sign);
        for (int i = sign.length() + digits.length(); i < WIDTH; i++) {
            b.append('0');
        }
        return b.append(digits).toString();
    }

    /**
     * @param a a finite number, 0 &lt;= a &lt; 1e9
     * @return a * 1e9 rounded half to even from its exact value
     */
    static long scaled(double a) {
        long bits = Double.doubleToRawLongBits(a);
        int biased = (int) (bits >>> 52) & 0x7FF;
        long m = bits & ((1L << 52) - 1);
        int shift;
        if (biased == 0) {
            shift = 1074;
        } else {
            m |= 1L << 52;
            shift = 1075 - biased;
        }
        // a = m / 2^shift with shift > 0 (a < 1e9 < 2^52); P = m * 1e9 < 2^83, so from 84 on P < half: 0
        if (m == 0 || shift >= 84) {
            return 0;
        }
        long hi = Math.multiplyHigh(m, SCALE);
        long lo = m * SCALE;
        return shift < 64 ? roundLow(hi, lo, shift) : roundHigh(hi, lo, shift);
    }

    /** P / 2^k rounded half to even, 0 &lt; k &lt; 64. */
    private static long roundLow(long hi, long lo, int k) {
        long q = (hi << (64 - k)) | (lo >>> k);
        long r = lo & ((1L << k) - 1);
        long half = 1L << (k - 1);
        return Long.compareUnsigned(r, half) > 0 || (r == half && (q & 1) == 1) ? q + 1 : q;
    }

    /** P / 2^k rounded half to even, 64 &lt;= k &lt; 84. */
    private static long roundHigh(long hi, long lo, int k) {
        long q = hi >>> (k - 64);
        long rHi = hi & ((1L << (k - 64)) - 1);
        long halfHi = k == 64 ? 0 : 1L << (k - 65);
        long halfLo = k == 64 ? 1L << 63 : 0;
        int cmp = rHi != halfHi ? Long.compare(rHi, halfHi) : Long.compareUnsigned(lo, halfLo);
        return cmp > 0 || (cmp == 0 && (q & 1) == 1) ? q + 1 : q;
    }
}
