package io.github.hipercam.ucam;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The integer path of {@link NineDecimals} gives what {@code BigDecimal} gives
 * from the exact binary value, rounded half to even: for random seconds, for
 * numbers of every magnitude, subnormals included, and for exact ties.
 */
class NineDecimalsTest {

    /** The formatting this replaced, kept as the oracle. */
    private static String oracle(double s) {
        String digits = new BigDecimal(Math.abs(s)).setScale(9, RoundingMode.HALF_EVEN).toPlainString();
        String sign = s < 0 || (s == 0 && 1 / s < 0) ? "-" : "";
        StringBuilder b = new StringBuilder(sign);
        for (int i = sign.length() + digits.length(); i < 12; i++) {
            b.append('0');
        }
        return b.append(digits).toString();
    }

    private static void check(double s) {
        assertEquals(oracle(s), NineDecimals.of(s), () -> "seconds " + s + " (" + Double.toHexString(s) + ")");
    }

    @Test
    void knownValues() {
        assertEquals("09.741427358", NineDecimals.of(9.7414273581));
        assertEquals("00.000000000", NineDecimals.of(0.0));
        assertEquals("-0.000000000", NineDecimals.of(-0.0));
        assertEquals("-0.000000001", NineDecimals.of(-1e-9));
        assertEquals("59.999999999", NineDecimals.of(59.999999999));
        assertEquals("60.000000000", NineDecimals.of(59.9999999999));
        // 1/1024 s = 976562.5 ns exactly: a tie, rounded to the even 976562
        assertEquals("00.000976562", NineDecimals.of(1.0 / 1024));
        assertEquals("00.002929688", NineDecimals.of(3.0 / 1024));
    }

    @Test
    void randomSecondsMatchBigDecimal() {
        Random rnd = new Random(11);
        for (int i = 0; i < 200_000; i++) {
            check(rnd.nextDouble() * 60);
            check(86400 * rnd.nextDouble() - 3600.0 * rnd.nextInt(24) - 60.0 * rnd.nextInt(60));
        }
    }

    @Test
    void everyMagnitudeMatchesBigDecimal() {
        Random rnd = new Random(12);
        for (int i = 0; i < 200_000; i++) {
            double any = Double.longBitsToDouble(rnd.nextLong() & 0x7FEFFFFFFFFFFFFFL);
            check(any % 2e9);
            check(Math.scalb(rnd.nextDouble(), rnd.nextInt(40) - 36));
        }
        for (double s : new double[] {Double.MIN_VALUE, Double.MIN_NORMAL, 4.9e-10, 5e-10, 5.000000000000001e-10,
            1.5e-9, 2.5e-9, 999_999_999.9999999, 1e9, 1e9 + 0.5, 3e15, Math.ulp(1.0)}) {
            check(s);
            check(-s);
        }
    }

    @Test
    void exactTiesRoundToEven() {
        for (int j = 1; j < 200_000; j += 2) {
            check(j / 1024.0);
            check(j / 2048.0);
        }
    }
}
