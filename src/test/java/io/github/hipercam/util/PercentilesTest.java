package io.github.hipercam.util;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.InvalidArgumentException;
import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void interpolatesLinearlyAsNumpyDoes() {
        // numpy.percentile([1, 2, 3, 4, 10], [5, 50, 95]) = [1.2, 3.0, 8.8]
        float[] v = {10, 2, 4, 1, 3};
        assertArrayEquals(new double[] {1.2, 3.0, 8.8}, Percentiles.of(v, 5, 50, 95), 1e-12);
        assertArrayEquals(new float[] {10, 2, 4, 1, 3}, v, "the values are not sorted in place");
    }

    @Test
    void leavesNanOutAndGivesNanWithoutNumbers() {
        float[] v = {Float.NaN, 5, Float.NaN, 1};
        // numpy.nanpercentile([nan, 5, nan, 1], [0, 25, 100]) = [1, 2, 5]
        assertArrayEquals(new double[] {1, 2, 5}, Percentiles.of(v, 0, 25, 100), 1e-12);
        assertTrue(Double.isNaN(Percentiles.of(new float[] {Float.NaN}, 50)[0]));
        assertTrue(Double.isNaN(Percentiles.of(new float[0], 50)[0]));
    }

    @Test
    void refusesPercentilesOutsideZeroToHundred() {
        assertThrows(InvalidArgumentException.class, () -> Percentiles.of(new float[] {1}, 101));
        assertThrows(InvalidArgumentException.class, () -> Percentiles.of(new float[] {1}, Double.NaN));
    }
}
