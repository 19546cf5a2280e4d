package io.github.hipercam.ucam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.hipercam.model.Mccd;
import io.github.hipercam.spool.DecodeAheadSpooler;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.RunSpooler;
import io.github.hipercam.spool.Spooler;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.spool.Spoolers;
import io.github.hipercam.synth.UcamRunSpec;
import io.github.hipercam.synth.UcamRunWriter;
import io.github.hipercam.testutil.SameFrames;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Source {@code ul} decodes small frames ahead on every core; what it gives
 * must be exactly what one frame at a time gives, on finished and on growing runs.
 */
class UcamDecodeAheadTest {

    @TempDir
    Path tmp;

    /** 2-PAIR, two 40 x 30 pairs: 43 kB frames, so a batch is 6 frames and 40 frames make several. */
    private static UcamRunSpec twoPair(int frames) {
        return UcamRunSpec.ultracam(UcamMode.TWO_PAIR).withWindows(List.of(new int[] {101, 601, 201, 40, 30},
                new int[] {201, 701, 401, 40, 30})).withFrames(frames);
    }

    private static List<Poll<Mccd>> drain(Spooler<Mccd> s) {
        List<Poll<Mccd>> out = new ArrayList<>();
        Poll<Mccd> p;
        do {
            p = s.poll();
            out.add(p);
        } while (p instanceof Poll.Ready<Mccd> && out.size() < 1000);
        return out;
    }

    private static RunSpooler<Mccd> oneAtATime(String run, int first) {
        return new RunSpooler<>(UcamInstrumentBase.openReader(run, UcamFileBytes.open(run),
                UcamHistory.forSpool(first)), first);
    }

    private static void assertSameAnswers(List<Poll<Mccd>> expected, List<Poll<Mccd>> actual, String what) {
        assertEquals(expected.size(), actual.size(), what + ": answers");
        for (int i = 0; i < expected.size(); i++) {
            Poll<Mccd> x = expected.get(i);
            Poll<Mccd> a = actual.get(i);
            assertEquals(x.getClass(), a.getClass(), what + ": answer " + i);
            if (x instanceof Poll.Ready<Mccd> rx && a instanceof Poll.Ready<Mccd> ra) {
                assertEquals(rx.number(), ra.number(), what + ": frame number");
                SameFrames.assertSame(rx.frame(), ra.frame(), what + ", frame " + rx.number());
            }
        }
    }

    @Test
    void smallFramesReadForwardsAreDecodedAheadWithTheSameFramesAndTimes() throws Exception {
        assumeTrue(Runtime.getRuntime().availableProcessors() > 1, "decoding ahead needs two cores");
        UcamRunWriter.write(tmp, "run100", twoPair(40), false);
        String run = tmp.resolve("run100").toString();
        for (int first : new int[] {1, 7}) {
            List<Poll<Mccd>> expected;
            try (Spooler<Mccd> s = oneAtATime(run, first)) {
                expected = drain(s);
            }
            try (Spooler<Mccd> s = Spoolers.open("ul", run, first)) {
                assertInstanceOf(DecodeAheadSpooler.class, assertInstanceOf(UcamDiskSpooler.class, s).inner());
                assertSameAnswers(expected, drain(s), "run100 from " + first);
            }
            assertEquals(42 - first, expected.size(), "frames then End");
            assertInstanceOf(Poll.End.class, expected.get(expected.size() - 1));
        }
    }

    @Test
    void everyTestRunSpoolsAsOneFrameAtATime() {
        for (int i = 1; i <= 15; i++) {
            String run = Path.of("testdata", "ucam", String.format("run%03d", i)).toString();
            for (int first : new int[] {1, 2}) {
                List<Poll<Mccd>> expected;
                try (Spooler<Mccd> s = oneAtATime(run, first)) {
                    expected = drain(s);
                }
                try (Spooler<Mccd> s = Spoolers.open("ul", run, first)) {
                    assertSameAnswers(expected, drain(s), run + " from " + first);
                }
            }
        }
    }

    /**
     * A worker looking past the last whole frame would see "not grown since
     * the last look" and answer End while the run is still being written.
     */
    @Test
    void aGrowingRunIsFollowedAndEndsOnlyWhenItStops() throws Exception {
        assumeTrue(Runtime.getRuntime().availableProcessors() > 1, "decoding ahead needs two cores");
        Path src = tmp.resolve("src");
        UcamRunWriter.write(src, "run101", twoPair(20), false);
        Files.copy(src.resolve("run101.xml"), tmp.resolve("run101.xml"));
        byte[] all = Files.readAllBytes(src.resolve("run101.dat"));
        int fs = all.length / 20;
        append(all, 0, 8 * fs);
        String run = tmp.resolve("run101").toString();
        List<Poll<Mccd>> got = new ArrayList<>();
        try (Spooler<Mccd> s = Spoolers.open("ul", run, 1, SpoolOptions.defaults().withFollow(true))) {
            assertInstanceOf(DecodeAheadSpooler.class, s);
            for (int i = 0; i < 8; i++) {
                got.add(s.poll());
            }
            append(all, 8 * fs, 8 * fs + 10);
            assertInstanceOf(Poll.NotYet.class, s.poll(), "the file grew: not the end");
            append(all, 8 * fs + 10, 20 * fs);
            for (int i = 0; i < 12; i++) {
                got.add(s.poll());
            }
            assertInstanceOf(Poll.NotYet.class, s.poll(), "the file grew since the last look");
            got.add(s.poll());
        }
        try (Spooler<Mccd> s = oneAtATime(run, 1)) {
            assertSameAnswers(drain(s), got, "run101 as it grew");
        }
        assertEquals(21, got.size());
        assertInstanceOf(Poll.End.class, got.get(20));
    }

    private void append(byte[] all, int from, int to) throws Exception {
        Files.write(tmp.resolve("run101.dat"), Arrays.copyOfRange(all, from, to), StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }
}
