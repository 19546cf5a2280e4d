package io.github.hipercam.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void arithmeticNoiseIsDroppedForPeople() {
        assertEquals("0.1304", Numbers.display(0.1 + 0.0304));
        assertEquals("4.6", Numbers.display(4.4 + 0.1 * 2));
        assertEquals("4.0", Numbers.display(4.0));
        assertEquals("-2.5", Numbers.display(-2.5));
        assertEquals("1.0E23", Numbers.display(1e23));
        assertEquals("1.234E-5", Numbers.display(1.234e-5));
        assertEquals("NaN", Numbers.display(Double.NaN));
        assertEquals("true", Numbers.display((Object) Boolean.TRUE));
        assertEquals("text", Numbers.display((Object) " text "));
    }

    @Test
    void timesKeepEveryDigit() {
        double mjd = 58256.84486033596;
        assertEquals("58256.84486033596", Numbers.display(mjd));
        assertEquals(mjd, Double.parseDouble(Numbers.display(mjd)));
    }

    @Test
    void exactIsTheShortestThatReadsBack() {
        assertEquals("0.13040000000000002", Numbers.exact(0.1 + 0.0304));
        assertEquals("1.0E23", Numbers.exact(1e23), "Java 17 writes 9.999999999999999E22");
        Random r = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            double v = Double.longBitsToDouble(r.nextLong());
            if (Double.isFinite(v)) {
                String s = Numbers.exact(v);
                assertEquals(v, Double.parseDouble(s), s);
                assertEquals(true, s.length() <= Double.toString(v).length() + 1, s + " vs " + v);
            }
        }
    }

    @Test
    void displayIsNeverFarFromTheValue() {
        Random r = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            double v = (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(20) - 10);
            double back = Double.parseDouble(Numbers.display(v));
            assertEquals(v, back, 2 * Math.ulp(v), Numbers.display(v));
        }
    }
}
