package io.github.hipercam.util;

import io.github.hipercam.util.Numbers;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Durations in summaries and previews are short numbers, not printf's padded digits. */
class DurationTest {

    @Test
    void fourSignificantDigitsWithoutTrailingZeros() {
        assertEquals("0.1 s", Numbers.duration(0.1));
        assertEquals("0.1304 s", Numbers.duration(0.1 + 0.0304));
        assertEquals("0.4348 s", Numbers.duration(0.43478260869));
        assertEquals("12.5 min", Numbers.duration(750));
        assertEquals("2.04 h", Numbers.duration(2.04 * 3600));
        assertEquals("0.0 s", Numbers.duration(0));
        assertEquals("unknown", Numbers.duration(Double.NaN));
    }
}
