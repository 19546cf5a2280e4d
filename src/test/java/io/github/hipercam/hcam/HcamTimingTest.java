package io.github.hipercam.hcam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.model.Header;
import io.github.hipercam.synth.HcamRunSpec;
import io.github.hipercam.synth.HcamRunWriter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.JulianFields;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Timing constants, timing bytes and calendar arithmetic. */
class HcamTimingTest {

    private static Header timingHeader() {
        return Header.builder().set("ESO DET TDELAY", 100.0).set("ESO DET TREAD", 40.0).set("ESO DET TFT", 9.6)
                .set("ESO DET TCLEAR", 12.0).set("ESO DET DRIFT TLINEDUMP", 0.05)
                .set("ESO DET DRIFT TLINESHIFT", 0.012).build();
    }

    @Test
    void noClearModeConstants() {
        TimingModel t = TimingModel.of(timingHeader(), "x", false, false, 0);
        // R = TREAD - TFT = 30.4 ms
        assertEquals(0.05, t.toff1(), 1e-15);
        assertEquals((0.1 - 0.0304) / 2, t.toff2(), 1e-15);
        assertEquals(0.1, t.toff3(), 1e-15);
        assertEquals(0.1304, t.toff4(), 1e-15);
        assertEquals(0.14, t.tdelta(), 1e-15);
        assertEquals(0.0096, t.tdead(), 1e-15);
        // NSKIP 2: first readout at frame 3 uses toff1/toff3; frame 6 the regular ones
        TimingModel.CcdTime first = t.at(3, 2);
        assertEquals((0.05 - 0.14) / 86400, first.tmid(), 1e-18);
        assertEquals(0.28 + 0.1, first.exptime(), 1e-15);
        assertTrue(first.good());
        TimingModel.CcdTime later = t.at(6, 2);
        assertEquals((0.0348 - 0.14) / 86400, later.tmid(), 1e-18);
        assertEquals(0.28 + 0.1304, later.exptime(), 1e-15);
        assertFalse(t.at(7, 2).good());
    }

    @Test
    void clearAndDriftModeConstants() {
        TimingModel c = TimingModel.of(timingHeader(), "x", true, true, 3);
        assertEquals(0.152, c.tdelta(), 1e-15);
        assertEquals(0.05, c.toff1(), 1e-15);
        assertEquals(0.1, c.toff4(), 1e-15);
        assertEquals(0.052, c.tdead(), 1e-15);
        TimingModel d = TimingModel.of(timingHeader(), "x", false, true, 3);
        double e = 100;
        double ld = 0.05;
        double ls = 0.012;
        double r = 40;
        assertEquals(1e-3 * (e + ls + (e + ld + r) / 2 - 3 * (e + r + ls + ld)), d.toff1(), 1e-15);
        assertEquals(1e-3 * (e + r + ld), d.toff3(), 1e-15);
        assertEquals(0.0, d.tdelta());
        assertEquals(1.2e-5, d.tdead(), 1e-18);
    }

    @Test
    void timingBytesRoundTripThroughTheWriter() {
        HcamRunSpec spec = HcamRunSpec.of("OneWindow").withFrames(3).withCounters(7L, 70000L, 9L)
                .withTimes(LocalDateTime.of(2021, 3, 4, 5, 6, 7, 123_456_789), 0.5)
                .withTimeFaults(Set.of(3), Set.of(2));
        byte[] f2 = HcamRunWriter.frame(spec, 2);
        FrameStamp s = FrameStamp.decode(f2, f2.length);
        assertEquals(70000L, s.frameNumber());
        assertEquals(2021, s.year());
        assertEquals(63, s.dayOfYear());
        assertEquals(5, s.hour());
        assertEquals(6, s.minute());
        assertEquals(7, s.second());
        assertEquals(623_456_789, s.nanosecond());
        assertEquals(9, s.nsats());
        assertEquals(0, s.synced());
        assertFalse(s.goodTime());
        assertEquals("2021-03-04T05:06:07.623456789", s.timestamp());
        assertEquals(59277, s.mjdInt());
        byte[] f3 = HcamRunWriter.frame(spec, 3);
        FrameStamp bad = FrameStamp.decode(f3, f3.length);
        assertFalse(bad.validDate());
        assertEquals(51544, bad.mjdInt());
        assertEquals(9 / 86400.0, bad.mjdFrac(), 0.0);
        assertEquals("2000-01-01T00:00:09.000000000", bad.timestamp());
    }

    @Test
    void calendarAgreesWithJavaTime() {
        for (int year = 1583; year < 2400; year += 7) {
            LocalDate d = LocalDate.of(year, 1, 1);
            long mjd = d.getLong(JulianFields.MODIFIED_JULIAN_DAY);
            assertEquals(mjd, Calendar.mjdOfNewYear(year), "year " + year);
            for (int day = 0; day < 366; day += 13) {
                LocalDate x = d.plusDays(day);
                long[] ymd = Calendar.gregorian(mjd + day);
                assertEquals(x.getYear(), ymd[0]);
                assertEquals(x.getMonthValue(), ymd[1]);
                assertEquals(x.getDayOfMonth(), ymd[2]);
            }
        }
    }

    @Test
    void secondsAreFormattedLikePython() {
        assertEquals("05.000000000", Calendar.fixed(5.0, 12, 9));
        assertEquals("59.999999999", Calendar.fixed(59.999999999, 12, 9));
        // 0.0000000005 is stored a little above one half of the last place: Python rounds up
        assertEquals("00.000000001", Calendar.fixed(0.0000000005, 12, 9));
        assertEquals("00.000000003", Calendar.fixed(0.0000000025, 12, 9));
        // exactly representable halves go to the even digit, as in Python
        assertEquals("0.12", Calendar.fixed(0.125, 4, 2));
        assertEquals("0.38", Calendar.fixed(0.375, 4, 2));
        assertEquals("-0.000000001", Calendar.fixed(-1e-9, 12, 9));
        assertEquals("00.500000", Calendar.fixed(0.5, 9, 6));
    }
}
