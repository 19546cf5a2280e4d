package io.github.hipercam.ucam.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.FormatException;
import io.github.hipercam.HipercamException;
import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.TruncatedDataException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad setups and bad timing bytes give clear errors naming the run, frame and value. */
class UcamTimerErrorTest {

    /** Frame 1 of reference run012 (format 2, 2015-06-10). */
    static final byte[] F2 = HexFormat.of().parseHex(
            "00000000010000008813000012cf785587d61200000000001400000000000000");

    static UcamTimingSetup setup(String instrument, String mode, int version, String speed,
            List<UcamTimingSetup.Win> wins) {
        return new UcamTimingSetup("run099", instrument, mode, version, "", 5000, 0.0001, 1, false,
                speed, 140, 1, 1, wins);
    }

    static final List<UcamTimingSetup.Win> PAIR = List.of(new UcamTimingSetup.Win(101, 201, 100, 80),
            new UcamTimingSetup.Win(601, 201, 100, 80));

    static String message(Class<? extends HipercamException> type, UcamTimingSetup s, byte[] words, int frame) {
        return assertThrows(type, () -> new UcamTimer(s, n -> words).time(frame)).getMessage();
    }

    @Test
    void unknownVersionNamesRunAndVersion() {
        String m = message(FormatException.class, setup("ULTRACAM", "1-PAIR", 130307, "cdd", PAIR), F2, 1);
        assertTrue(m.contains("run099") && m.contains("130307"), m);
    }

    @Test
    void unknownGainSpeedModeAndInstrument() {
        String g = message(FormatException.class, setup("ULTRACAM", "1-PAIR", 140331, "", PAIR), F2, 1);
        assertTrue(g.contains("gain speed") && g.contains("run099"), g);
        String m = message(FormatException.class, setup("ULTRACAM", "USPEC-1", 140331, "cdd", PAIR), F2, 1);
        assertTrue(m.contains("ULTRACAM mode USPEC-1"), m);
        String i = message(FormatException.class, setup("HIPERCAM", "1-PAIR", 140331, "cdd", PAIR), F2, 1);
        assertTrue(i.contains("HIPERCAM"), i);
    }

    @Test
    void missingWindowsAreNamed() {
        String d = message(FormatException.class, setup("ULTRACAM", "DRIFT", 140331, "cdd", List.of()), F2, 1);
        assertTrue(d.contains("window 1") && d.contains("DRIFT"), d);
        String u = message(FormatException.class, setup("ULTRASPEC", "UDRIFT", 140331, "S", List.of()), F2, 1);
        assertTrue(u.contains("UDRIFT"), u);
        String z = message(FormatException.class, setup("ULTRASPEC", "UDRIFT", 140331, "S",
                List.of(new UcamTimingSetup.Win(1, 1, 10, 0))), F2, 1);
        assertTrue(z.contains("drift window height 0"), z);
    }

    @Test
    void badFrameNumbersAndBytes() {
        UcamTimingSetup s = setup("ULTRACAM", "1-PAIR", 140331, "cdd", PAIR);
        String f = message(InvalidArgumentException.class, s, F2, 0);
        assertTrue(f.contains("got 0"), f);
        String t = message(TruncatedDataException.class, s, new byte[10], 1);
        assertTrue(t.contains("run099") && t.contains("frame 1") && t.contains("got 10"), t);
        String n = message(FormatException.class, s, null, 1);
        assertTrue(n.contains("no timing bytes for frame 1"), n);
        assertThrows(InvalidArgumentException.class, () -> new UcamTimer(s, k -> F2).time(1, 0));
    }

    @Test
    void impossibleFormat1DateNamesTheDate() {
        UcamTimingSetup s = setup("ULTRACAM", "1-PAIR", 80127, "cdd", PAIR);
        byte[] w = new byte[24];
        w[4] = 1;
        w[17] = 31; // 31 February 2008
        w[18] = 2;
        w[19] = (byte) (2008 & 0xFF);
        w[20] = (byte) (2008 >> 8);
        w[21] = 8;
        String m = message(FormatException.class, s, w, 1);
        assertTrue(m.contains("day 31 month 2 year 2008") && m.contains("frame 1"), m);
    }

    @Test
    void counterMismatchIsFlaggedNotFatal() {
        UcamTimingSetup s = setup("ULTRACAM", "1-PAIR", 140331, "cdd", PAIR);
        UcamTimes t = new UcamTimer(s, n -> F2).time(3);
        assertTrue(t.frameError());
        assertEquals(3, t.fnum());
        // frame 3 carries counter 1: it starts a new sequence, as the first frame
        assertEquals("cannot establish an accurate time for first frame in this mode", t.time().reason());
    }
}
