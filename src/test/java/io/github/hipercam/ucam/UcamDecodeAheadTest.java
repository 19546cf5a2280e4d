package io.github.hipercam.ucam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.hipercam.model.Mccd;
import io.github.hipercam.run.Spoolers;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.spool.Spooler;
import io.github.hipercam.synth.UcamRunSpec;
import io.github.hipercam.synth.UcamRunWriter;
import io.github.hipercam.testutil.SameFrames;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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

    /** The same spool, decoded one frame at a time in the caller's thread. */
    private static Spooler<Mccd> oneAtATime(String run, int first) {
        return Spoolers.open("ul", run, first, SpoolOptions.defaults().withDecodeThreads(1));
    }

    private static Set<Thread> decodeAheadThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().equals("hipercam-decode-ahead")).collect(Collectors.toSet());
    }

    /** Polls once and checks that the spool started decode-ahead workers of its own. */
    private static Poll<Mccd> firstPollDecodesAhead(Spooler<Mccd> s, Set<Thread> before) {
        Poll<Mccd> p = s.poll();
        Set<Thread> now = decodeAheadThreads();
        now.removeAll(before);
        assertFalse(now.isEmpty(), "the spool decodes ahead on worker threads");
        return p;
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
            Set<Thread> before = decodeAheadThreads();
            try (Spooler<Mccd> s = Spoolers.open("ul", run, first)) {
                List<Poll<Mccd>> got = new ArrayList<>(List.of(firstPollDecodesAhead(s, before)));
                got.addAll(drain(s));
                assertSameAnswers(expected, got, "run100 from " + first);
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
     * A followed run is decoded ahead among its whole frames, waits at a
     * partly written one, and never ends by itself (the files have no end
     * mark; only a disk spool, not followed, ends at the end of the file).
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
        Set<Thread> before = decodeAheadThreads();
        try (Spooler<Mccd> s = Spoolers.open("ul", run, 1, SpoolOptions.defaults().withFollow(true))) {
            got.add(firstPollDecodesAhead(s, before));
            for (int i = 1; i < 8; i++) {
                got.add(s.poll());
            }
            append(all, 8 * fs, 8 * fs + 10);
            assertInstanceOf(Poll.NotYet.class, s.poll(), "the file grew: not the end");
            append(all, 8 * fs + 10, 20 * fs);
            for (int i = 0; i < 12; i++) {
                got.add(s.poll());
            }
            assertInstanceOf(Poll.NotYet.class, s.poll(), "followed: waits for more");
            got.add(s.poll());
        }
        assertEquals(21, got.size());
        assertInstanceOf(Poll.NotYet.class, got.get(20), "a followed run does not end by itself");
        try (Spooler<Mccd> s = oneAtATime(run, 1)) {
            List<Poll<Mccd>> disk = drain(s);
            assertInstanceOf(Poll.End.class, disk.get(20), "the disk spool ends at the end of the file");
            assertSameAnswers(disk.subList(0, 20), got.subList(0, 20), "run101 as it grew");
        }
    }

    private void append(byte[] all, int from, int to) throws Exception {
        Files.write(tmp.resolve("run101.dat"), Arrays.copyOfRange(all, from, to), StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }
}
