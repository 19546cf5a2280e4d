package io.github.hipercam.ucam;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.model.Ccd;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.model.Window;
import io.github.hipercam.run.OpenedRun;
import io.github.hipercam.run.Runs;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.RunReader;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.spool.Spooler;
import io.github.hipercam.synth.UcamRunWriter;
import io.github.hipercam.testutil.MemoryRuns;
import io.github.hipercam.ucam.timing.UcamTimer;
import io.github.hipercam.ucam.timing.UcamTimes;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Frames by number: pixels where the camera put them, and times that do not depend on the order of reading. */
class UcamRunReaderTest {


    private static Mccd read(RunReader<Mccd> r, int n) {
        return OpenRuns.read(r, n);
    }

    private static double mjd(Mccd m, String ccd) {
        return (Double) m.ccd(ccd).head().get("MJDUTC");
    }

    @Test
    void oneStepOfTheInterleaveByHand() throws Exception {
        byte[] dat = Files.readAllBytes(Path.of("testdata", "ucam", "run001.dat"));
        ByteBuffer b = ByteBuffer.wrap(dat).order(ByteOrder.LITTLE_ENDIAN);
        try (OpenedRun run = OpenRuns.local("run001")) {
            Mccd m = read(run.frames(), 1);
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
        try (OpenedRun run = OpenRuns.local("run008")) {
            Ccd c = read(run.frames(), 2).ccd("1");
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
        try (OpenedRun run = OpenRuns.local("run011")) {
            Window w1 = read(run.frames(), 3).ccd("1").window("1");
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
            try (OpenedRun opened = OpenRuns.local(run)) {
                RunReader<Mccd> r = opened.frames();
                for (int n = 1; n <= r.available(); n++) {
                    inOrder.add(read(r, n));
                }
            }
            for (int n = inOrder.size(); n >= 1; n--) {
                try (OpenedRun opened = OpenRuns.local(run)) {
                    Mccd jumped = read(opened.frames(), n);
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
        double fresh;
        double third;
        try (OpenedRun run = OpenRuns.local("run001")) {
            double seq = mjd(read(run.frames(), 2), "1");
            try (Spooler<Mccd> from2 = run.spool(2)) {
                fresh = mjd(next(from2), "1");
                third = mjd(next(from2), "1");
            }
            assertNotEquals(seq, fresh, "1-PAIR times depend on the frames before");
            try (Spooler<Mccd> again = run.spool(2)) {
                assertEquals(fresh, mjd(next(again), "1"), "and are stable");
            }
            UcamTimer timer = OpenRuns.timer(run);
            assertEquals(fresh, timer.time(2, 2).time().mjd(), "the timer with the history from frame 2");
            assertEquals(third, timer.time(3, 2).time().mjd());
            assertEquals(mjd(read(run.frames(), 1), "1"), timer.time(1, 2).time().mjd(),
                    "a frame before it starts afresh");
        }
        // a spool of the last frame: the history starts at the first frame it reads
        MemoryRuns.Run whole = MemoryRuns.fromXmlDat("UcamRunReaderTest-whole", Path.of(OpenRuns.path("run001")),
                true);
        byte[] dat = whole.written();
        int size = 14432;
        assertEquals(3 * size, dat.length);
        MemoryRuns.Run growing = MemoryRuns.define("UcamRunReaderTest-last", whole.header());
        growing.append(Arrays.copyOf(dat, 2 * size));
        try (OpenedRun run = Runs.open("ultracam:memory", "UcamRunReaderTest-last", SpoolOptions.defaults());
                Spooler<Mccd> last = run.spool(0)) {
            Mccd second = next(last);
            assertEquals(2L, second.head().get("NFRAME"));
            assertEquals(fresh, mjd(second, "1"), "the history starts at the first frame read");
            growing.append(Arrays.copyOfRange(dat, 2 * size, 3 * size));
            Mccd then = next(last);
            assertEquals(3L, then.head().get("NFRAME"));
            assertEquals(third, mjd(then, "1"));
        }
    }

    private static Mccd next(Spooler<Mccd> s) {
        Poll<Mccd> p = s.poll();
        assertInstanceOf(Poll.Ready.class, p);
        return ((Poll.Ready<Mccd>) p).frame();
    }

    @Test
    void timesWithoutPixelsAreTheFramesTimes() {
        try (OpenedRun run = OpenRuns.local("run009"); OpenedRun forTimes = OpenRuns.local("run009")) {
            int n = 0;
            for (UcamTimes t : UcamTimeSpool.of(OpenRuns.readout(forTimes), forTimes.raw(), 1)) {
                n++;
                Mccd m = read(run.frames(), n);
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
        try (OpenedRun run = OpenRuns.local("run009")) {
            List<Object> status = new ArrayList<>();
            for (int n = 1; n <= 4; n++) {
                status.add(read(run.frames(), n).ccd("3").head().get("DSTATUS"));
            }
            assertEquals(List.of(false, false, true, false), status);
        }
    }

    @Test
    void frameHeadersHoldTheFrameItems() {
        try (OpenedRun run = OpenRuns.inMemory("run001")) {
            Mccd m = read(run.frames(), 2);
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
