package io.github.hipercam.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.FormatException;
import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.TruncatedDataException;
import io.github.hipercam.synth.UcamTimingWordsWriter.DateStyle;
import io.github.hipercam.synth.UcamTimingWordsWriter.Stamp;
import io.github.hipercam.ucam.timing.TimingBytes;
import io.github.hipercam.ucam.timing.UcamTimeConstants;
import io.github.hipercam.ucam.timing.UcamTimingSetup;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class UcamTimingWordsWriterTest {

    static UcamTimingSetup setup(String instrument, int version, String whichRun) {
        return new UcamTimingSetup("run012", instrument, "1-PAIR", version, whichRun, 5000,
                0.0001, 1, false, "cdd", 140, 1, 1,
                List.of(new UcamTimingSetup.Win(101, 201, 100, 80),
                        new UcamTimingSetup.Win(601, 201, 100, 80)));
    }

    @Test
    void format2MatchesTheReferenceRunBytes() {
        // first 32 bytes of frame 1 of reference-data/ucam-1pair/run012.dat
        byte[] expected = HexFormat.of().parseHex(
                "00000000010000008813000012cf785587d61200000000001400000000000000");
        Instant t = Instant.ofEpochSecond(0x5578cf12L, 0x0012d687L * 100);
        Stamp s = Stamp.of(1, t).withGpsStatus(UcamTimeConstants.PCPS_SYNCD | UcamTimeConstants.PCPS_UTC);
        assertArrayEquals(expected, UcamTimingWordsWriter.encode(setup("ULTRACAM", 140331, ""), 16, s));
    }

    @Test
    void format2RoundTrip() {
        Instant t = Instant.parse("2015-06-10T23:58:09.741427300Z");
        Stamp s = Stamp.of(77, t).withBlueJunk(true).withExposeUnits(1234)
                .withGpsStatus(UcamTimeConstants.PCPS_SYNCD | UcamTimeConstants.PCPS_ANT_FAIL);
        UcamTimingSetup su = setup("ULTRACAM", 120813, "");
        TimingBytes tb = TimingBytes.decode(su, UcamTimingWordsWriter.encode(su, 16, s), 77);
        assertEquals(2, tb.format());
        assertEquals(77, tb.counter());
        assertEquals(t.getEpochSecond(), tb.seconds());
        assertEquals(741427300L, tb.nanos());
        assertEquals(1234, tb.exposeUnits());
        assertEquals(UcamTimeConstants.PCPS_SYNCD | UcamTimeConstants.PCPS_ANT_FAIL, tb.status());
        assertTrue(tb.blueJunkFlag());
    }

    @Test
    void format1TrueDateWritesSecondsOfTheGpsWeek() {
        // Wednesday 2004-06-16 03:04:05.123456789 UTC: 3 days + 3:04:05 into the week
        Instant t = Instant.parse("2004-06-16T03:04:05.123456789Z");
        UcamTimingSetup su = setup("ULTRACAM", 80127, "");
        TimingBytes tb = TimingBytes.decode(su,
                UcamTimingWordsWriter.encode(su, 12, Stamp.of(5, t).withNsat(7)), 5);
        assertEquals(1, tb.format());
        assertEquals(3L * 86400 + 3 * 3600 + 4 * 60 + 5, tb.seconds());
        assertEquals(123456789L, tb.nanos());
        assertEquals(16, tb.day());
        assertEquals(6, tb.month());
        assertEquals(2004, tb.year());
        assertEquals(7, tb.nsat());
        assertFalse(tb.blueJunkFlag());
    }

    @Test
    void format1FaultsAndEras() {
        Instant t = Instant.parse("2002-09-12T01:00:00Z"); // Thursday
        UcamTimingSetup su = setup("ULTRACAM", -1, "");
        TimingBytes bug = TimingBytes.decode(su, UcamTimingWordsWriter.encode(su, 12,
                Stamp.of(1, t).withDateStyle(DateStyle.MIDNIGHT_BUG)), 1);
        assertEquals(11, bug.day());
        assertEquals(4L * 86400 + 3600, bug.seconds());
        TimingBytes y263 = TimingBytes.decode(su, UcamTimingWordsWriter.encode(su, 12,
                Stamp.of(1, t).withDateStyle(DateStyle.YEAR_263)), 1);
        assertEquals(263, y263.year());
        TimingBytes none = TimingBytes.decode(su, UcamTimingWordsWriter.encode(su, 12,
                Stamp.of(1, t).withDateStyle(DateStyle.NO_DATE)), 1);
        assertEquals(0, none.year());
        assertEquals(4L * 86400 + 3600, none.seconds());
        TimingBytes nosat = TimingBytes.decode(su, UcamTimingWordsWriter.encode(su, 12,
                Stamp.of(1, Instant.parse("2000-01-03T00:00:10Z")).withNsat(-1)), 1);
        assertEquals(2L * 86400 + 10, nosat.seconds());
        assertEquals(-1, nosat.nsat());
    }

    @Test
    void may2002WrapsAfterOneWeek() {
        UcamTimingSetup su = setup("ULTRACAM", -1, "MAY2002");
        TimingBytes early = TimingBytes.decode(su, UcamTimingWordsWriter.encode(su, 12,
                Stamp.of(1, Instant.parse("2002-05-16T22:00:00Z"))), 1);
        assertEquals(4L * 86400 + 22 * 3600, early.seconds());
        TimingBytes late = TimingBytes.decode(su, UcamTimingWordsWriter.encode(su, 12,
                Stamp.of(1, Instant.parse("2002-05-20T02:00:00Z"))), 1);
        assertEquals(1L * 86400 + 2 * 3600, late.seconds());
        assertThrows(InvalidArgumentException.class, () -> UcamTimingWordsWriter.encode(su, 12,
                Stamp.of(1, Instant.parse("2002-06-20T02:00:00Z"))));
    }

    @Test
    void badRequestsAreRefused() {
        UcamTimingSetup su = setup("ULTRACAM", 140331, "");
        Stamp s = Stamp.of(1, Instant.parse("2015-06-10T00:00:00Z"));
        InvalidArgumentException few = assertThrows(InvalidArgumentException.class,
                () -> UcamTimingWordsWriter.encode(su, 12, s));
        assertTrue(few.getMessage().contains("12 header words"), few.getMessage());
        FormatException ver = assertThrows(FormatException.class,
                () -> UcamTimingWordsWriter.encode(setup("ULTRACAM", 99999, ""), 16, s));
        assertTrue(ver.getMessage().contains("run012") && ver.getMessage().contains("99999"));
        assertThrows(InvalidArgumentException.class, () -> Stamp.of(-1, s.utc()));
        assertThrows(InvalidArgumentException.class, () -> UcamTimingWordsWriter.encode(su, 16,
                Stamp.of(1, Instant.parse("1960-01-01T00:00:00Z"))));
        TruncatedDataException tr = assertThrows(TruncatedDataException.class,
                () -> TimingBytes.decode(su, new byte[20], 3));
        assertTrue(tr.getMessage().contains("frame 3") && tr.getMessage().contains("got 20"));
    }
}
