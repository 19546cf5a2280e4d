package io.github.hipercam.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.synth.UcamTimingWordsWriter.DateStyle;
import io.github.hipercam.synth.UcamTimingWordsWriter.Stamp;
import io.github.hipercam.ucam.timing.UcamTimeConstants;
import io.github.hipercam.ucam.timing.UcamTimer;
import io.github.hipercam.ucam.timing.UcamTimes;
import io.github.hipercam.ucam.timing.UcamTimingSetup;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Words written by the encoder, read back by the timer (whose dating is
 * checked against the reference in UtimerGoldenTest), give back the GPS time
 * that was written, in every era.
 */
class UcamTimingRoundTripTest {

    static UcamTimingSetup setup(String instrument, int version, String whichRun) {
        return new UcamTimingSetup("run007", instrument,
                "ULTRACAM".equals(instrument) ? "1-PAIR" : "USPEC-1", version, whichRun, 250, 0.001, 1,
                false, "cdd", 0, 1, 1,
                List.of(new UcamTimingSetup.Win(1, 1, 10, 10), new UcamTimingSetup.Win(1015, 1, 10, 10)));
    }

    static double mjd(Instant t) {
        return 40587 + (t.getEpochSecond() + t.getNano() / 1e9) / 86400.0;
    }

    static UcamTimes time(UcamTimingSetup s, int headerwords, Stamp stamp) {
        byte[] words = UcamTimingWordsWriter.encode(s, headerwords, stamp);
        return new UcamTimer(s, n -> words).time((int) stamp.counter());
    }

    @Test
    void everyEraGivesBackItsTime() {
        Object[][] eras = {
            {"ULTRACAM", 140331, "", "2015-06-10T23:58:09.741427300Z", DateStyle.TRUE_DATE, 2},
            {"ULTRASPEC", -1, "", "2012-01-02T03:04:05.000000100Z", DateStyle.TRUE_DATE, 2},
            {"ULTRACAM", 80127, "", "2008-03-01T23:59:59.999999999Z", DateStyle.TRUE_DATE, 1},
            {"ULTRACAM", 70514, "", "2007-10-03T00:00:01.5Z", DateStyle.MIDNIGHT_BUG, 1},
            {"ULTRACAM", -1, "", "2002-09-12T12:00:00.25Z", DateStyle.TRUE_DATE, 1},
            {"ULTRACAM", -1, "", "2002-09-14T23:00:00Z", DateStyle.YEAR_263, 1},
            {"ULTRACAM", -1, "", "2002-09-10T01:00:00Z", DateStyle.NO_DATE, 1},
            {"ULTRACAM", -1, "MAY2002", "2002-05-16T21:00:00.125Z", DateStyle.TRUE_DATE, 1},
            {"ULTRACAM", -1, "MAY2002", "2002-05-21T02:00:00.125Z", DateStyle.TRUE_DATE, 1},
        };
        for (Object[] e : eras) {
            UcamTimingSetup s = setup((String) e[0], (Integer) e[1], (String) e[2]);
            Instant t = Instant.parse((String) e[3]);
            UcamTimes got = time(s, 16, Stamp.of(3, t).withDateStyle((DateStyle) e[4]));
            String at = e[3] + " " + e[4];
            assertEquals(mjd(t), got.gps(), 1e-11, at);
            assertEquals((Integer) e[5], got.format(), at);
            assertEquals(e[4] == DateStyle.MIDNIGHT_BUG, got.midnightCorr(), at);
            assertFalse(got.frameError(), at);
        }
    }

    @Test
    void qualityBitsReachTheVerdict() {
        UcamTimingSetup s = setup("ULTRACAM", 140331, "");
        Instant t = Instant.parse("2015-06-10T23:58:09Z");
        assertEquals("GPS antenna failed", time(s, 16, Stamp.of(1, t).withGpsStatus(
                UcamTimeConstants.PCPS_SYNCD | UcamTimeConstants.PCPS_ANT_FAIL)).time().reason());
        assertEquals("XML expose time does not match time in timing bytes.",
                time(s, 16, Stamp.of(1, t).withExposeUnits(251)).time().reason());
        UcamTimingSetup old = setup("ULTRACAM", 80127, "");
        Instant t1 = Instant.parse("2008-06-10T23:58:09Z");
        assertEquals("too few satellites (2)", time(old, 12, Stamp.of(1, t1).withNsat(2)).time().reason());
        UcamTimes none = time(old, 12, Stamp.of(1, Instant.parse("2008-06-10T10:00:00Z")).withNsat(-1));
        assertEquals("no satellites.", none.time().reason());
        // the reference always applies its midnight fix to such stamps: a day is added
        assertEquals(mjd(Instant.parse("2008-06-11T10:00:00Z")), none.gps(), 1e-11);
        assertTrue(none.midnightCorr());
        assertEquals(-1, none.nsat());
    }

    @Test
    void blueJunkFlagIsReadPerFormat() {
        for (int version : new int[] {80127, 140331}) {
            UcamTimingSetup s = new UcamTimingSetup("run008", "ULTRACAM", "1-PAIR", version, "", 250,
                    0.001, 3, false, "cdd", 0, 1, 1, setup("ULTRACAM", version, "").windows());
            Instant t = Instant.parse("2015-06-10T23:58:09Z");
            assertTrue(time(s, 16, Stamp.of(1, t).withBlueJunk(true)).badBlue(), "version " + version);
            assertFalse(time(s, 16, Stamp.of(1, t)).badBlue(), "version " + version);
        }
    }
}
