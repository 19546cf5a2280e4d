package io.github.hipercam.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.hipercam.InvalidArgumentException;
import org.junit.jupiter.api.Test;

class MjdTimesTest {

    @Test
    void writesUtcToTheMicrosecond() {
        assertEquals("1970-01-01T00:00:00.000000", MjdTimes.isoUtc(40587));
        assertEquals("1858-11-17T12:00:00.000000", MjdTimes.isoUtc(0.5));
        // the first frame of testdata/hcam/run0002: TIMSTAMP 2018-05-18T20:16:35.933
        assertEquals("2018-05-18T20:16:35.933000", MjdTimes.isoUtc(58256.844860335645));
    }

    @Test
    void roundsUpIntoTheNextDay() {
        assertEquals("2018-05-19T00:00:00.000000", MjdTimes.isoUtc(58257 - 1e-12));
    }

    @Test
    void readsBackWithinAMicrosecond() {
        for (double mjd : new double[] {58256.84486091435, 58549.04308976411, 51544.5, 60000.999999999}) {
            assertEquals(mjd, MjdTimes.mjd(MjdTimes.isoUtc(mjd)), 0.6e-6 / 86400 + Math.ulp(mjd), Double.toString(mjd));
        }
    }

    @Test
    void refusesTimesThatAreNoDate() {
        assertThrows(InvalidArgumentException.class, () -> MjdTimes.isoUtc(Double.NaN));
        assertThrows(InvalidArgumentException.class, () -> MjdTimes.isoUtc(1e9));
    }
}
