package io.github.hipercam.ucam;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.model.Ccd;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.model.Window;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.synth.UcamRunWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Frames by number: pixels where the camera put them, and times that do not depend on the order of reading. */
class UcamRunReaderTest {

    private static UcamRunReader open(String run, UcamHistory history) {
        String path = Path.of("testdata", "ucam", run).toString();
        return UcamRunReader.open(run, UcamFileBytes.open(path), UcamTimer.INSTANCE, history);
    }

    private static Mccd read(UcamRunReader r, int n) {
        return ((Poll.Ready<Mccd>) r.read(n)).frame();
    }

    private static double mjd(Mccd m, String ccd) {
        return (Double) m.ccd(ccd).head().get("MJDUTC");
    }

    @Test
    void oneStepOfTheInterleaveByHand() throws Exception {
        byte[] dat = Files.readAllBytes(Path.of("testdata", "ucam", "run001.dat"));
        ByteBuffer b = ByteBuffer.wrap(dat).order(ByteOrder.LITTLE_ENDIAN);
        try (UcamRunReader r = open("run001", UcamHistory.whole())) {
            Mccd m = read(r, 1);
            int nx = 40;
            // words after the 32 timing bytes: pixel k of the 6 windows at 6k .. 6k+5,
            // left window of CCD c in lane 2(c-1), right window (flipped in x) in lane 2(c-1)+1
            assertEquals(b.getShort(32 + 2 * 2) & 0xFFFF, m.ccd("2").window("1").get(0, 0));
            assertEquals(b.getShort(32 + 2 * (6 * (nx - 1) + 5)) & 0xFFFF, m.ccd("3").window("2").get(0, 0));
            assertEquals(b.getShort(32 + 2 * (6 * (nx * 29 + 5) + 1)) & 0xFFFF, m.ccd("1").window("2").get(nx - 6, 29));
            Window right = m.ccd("3").window("2");
            assertEquals(UcamRunWriter.pixel(3, 2, 1, 601 + 7, 201 + 4), right.get(7, 4));
        }
    }

    @Test
    void versionMinusOneStripsTheOuterColumns() {
        try (UcamRunReader r = open("run008", UcamHistory.whole())) {
            Ccd c = read(r, 2).ccd("1");
            Window left = c.window("1");
            Window right = c.window("2");
            assertEquals(101, left.geometry().llx());
            assertEquals(39, left.nx());
            assertEquals(602, right.geometry().llx());
            assertEquals(39, right.nx());
            for (Window w : List.of(left, right)) {
                for (float v : w.toFloats()) {
                    assertNotEquals(UcamRunWriter.JUNK, (int) v, "a stripped column shows");
                }
            }
            assertEquals(UcamRunWriter.pixel(1, 2, 2, 602 + 38, 201 + 29), right.get(38, 29));
        }
    }

    @Test
    void ultraspecAvalancheIsFlippedAndPlaced() {
        try (UcamRunReader r = open("run011", UcamHistory.whole())) {
            Window w1 = read(r, 3).ccd("1").window("1");
            // X1_START = 1, 60 columns: 16 chopped; avalanche llx = 1074 - 1 - 60 = 1013
            assertEquals(1013, w1.geometry().llx());
            assertEquals(44, w1.nx());
            assertEquals("LR", w1.geometry().outamp());
            assertEquals(UcamRunWriter.pixel(1, 1, 3, 1013 + 43, 101 + 39), w1.get(43, 39));
        }
    }

    @Test
    void aFrameHasTheSameTimeByJumpOrInOrder() {
        for (String run : List.of("run005", "run009", "run014", "run004")) {
            List<Mccd> inOrder = new ArrayList<>();
            try (UcamRunReader r = open(run, UcamHistory.whole())) {
                for (int n = 1; n <= r.available(); n++) {
                    inOrder.add(read(r, n));
                }
            }
            for (int n = inOrder.size(); n >= 1; n--) {
                try (UcamRunReader r = open(run, UcamHistory.whole())) {
                    Mccd jumped = read(r, n);
                    Mccd seq = inOrder.get(n - 1);
                    assertEquals(seq.head(), jumped.head(), run + " frame " + n);
                    for (String c : seq.labels()) {
                        assertEquals(seq.ccd(c).head(), jumped.ccd(c).head(), run + " frame " + n + " CCD " + c);
                        assertArrayEquals(seq.ccd(c).window("1").toFloats(), jumped.ccd(c).window("1").toFloats());
                    }
                }
            }
        }
    }

    @Test
    void historyFromALaterFrameIsWhatTheReferenceGivesWhenItStartsThere() {
        try (UcamRunReader whole = open("run001", UcamHistory.whole());
                UcamRunReader from2 = open("run001", UcamHistory.fromFrame(2))) {
            double seq = mjd(read(whole, 2), "1");
            double fresh = mjd(read(from2, 2), "1");
            assertNotEquals(seq, fresh, "1-PAIR times depend on the frames before");
            assertEquals(fresh, mjd(read(from2, 2), "1"), "and are stable within a reader");
            double third = mjd(read(from2, 3), "1");
            try (UcamRunReader lazy = open("run001", UcamHistory.atFirstRead())) {
                assertEquals(fresh, mjd(read(lazy, 2), "1"), "the history starts at the first frame read");
                assertEquals(third, mjd(read(lazy, 3), "1"));
                assertEquals(mjd(read(from2, 1), "1"), mjd(read(lazy, 1), "1"), "a frame before it starts afresh");
            }
        }
    }

    @Test
    void timesWithoutPixelsAreTheFramesTimes() {
        try (UcamRunReader r = open("run009", UcamHistory.whole()); UcamTimeSpool times = UcamTimeSpool.open(
                Path.of("testdata", "ucam", "run009").toString(), 1)) {
            int n = 0;
            for (UcamTimes t : times) {
                n++;
                Mccd m = read(r, n);
                assertEquals(mjd(m, "1"), t.time().mjd());
                assertEquals(mjd(m, "3"), t.blue().mjd());
                assertEquals(!t.badBlue(), m.ccd("3").head().get("DSTATUS"));
                assertEquals(n, t.fnum());
            }
            assertEquals(4, n);
        }
    }

    @Test
    void nblueMarksTheBlueFramesInBetweenAsJunk() {
        try (UcamRunReader r = open("run009", UcamHistory.whole())) {
            List<Object> status = new ArrayList<>();
            for (int n = 1; n <= 4; n++) {
                status.add(read(r, n).ccd("3").head().get("DSTATUS"));
            }
            assertEquals(List.of(false, false, true, false), status);
        }
    }

    @Test
    void frameHeadersHoldTheFrameItems() {
        try (UcamRunReader r = open("run001", UcamHistory.whole())) {
            Mccd m = read(r, 2);
            assertEquals("run001", m.head().get("RUN"));
            assertEquals(2L, m.head().get("NFRAME"));
            assertEquals(false, m.head().get("FRAMEERR"));
            assertEquals(false, m.head().get("MIDNIGHT"));
            assertEquals("Blue CCD", m.ccd("3").head().get("CCDNAME"));
            assertTrue(((String) m.head().get("TIMSTAMP")).startsWith("2019-03-07T01:02:"));
            Map<String, Ccd> ccds = m.ccds();
            assertEquals(List.of("1", "2", "3"), List.copyOf(ccds.keySet()));
            assertFalse(m.ccd("1").head().has("DSTATUS"));
        }
    }
}
