package io.github.hipercam.ucam.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.synth.UcamTimingWordsWriter;
import io.github.hipercam.synth.UcamTimingWordsWriter.Stamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** History read through TimingWords: bounded reads, long May 2002 chains, threads. */
class UcamTimerHistoryTest {

    static final List<UcamTimingSetup.Win> PAIR = List.of(new UcamTimingSetup.Win(101, 201, 100, 20),
            new UcamTimingSetup.Win(601, 201, 100, 20));

    static byte[][] run(UcamTimingSetup s, int n, Instant t0, long cycleNanos, int jumpBackAt) {
        byte[][] w = new byte[n][];
        for (int i = 0; i < n; i++) {
            Instant t = t0.plusNanos(i * cycleNanos);
            if (i + 1 >= jumpBackAt) {
                t = t.minusSeconds(10);
            }
            w[i] = UcamTimingWordsWriter.encode(s, 12, Stamp.of(i + 1, t));
        }
        return w;
    }

    @Test
    void aJumpReadsOnlyTheFramesTheModeNeeds() {
        UcamTimingSetup s = new UcamTimingSetup("run020", "ULTRACAM", "DRIFT", 80127, "", 10, 0.001, 3,
                false, "cdd", 0, 1, 1, PAIR);
        byte[][] w = run(s, 400, Instant.parse("2008-01-01T00:00:00Z"), 20_000_000L, Integer.MAX_VALUE);
        AtomicInteger reads = new AtomicInteger();
        AtomicInteger lowest = new AtomicInteger(Integer.MAX_VALUE);
        new UcamTimer(s, k -> {
            reads.incrementAndGet();
            lowest.accumulateAndGet(k, Math::min);
            return w[k - 1];
        }).time(300);
        // drift with 20-row windows: nwins = 26, so 28 stamps per frame and nblue - 1 = 2 more frames
        int nwins = (int) ((1033.0 / 20 + 1.0) / 2.0);
        assertEquals(26, nwins);
        assertEquals(nwins + 2 + 2, reads.get());
        assertEquals(300 - (nwins + 2 + 2) + 1, lowest.get());
    }

    @Test
    void may2002TenSecondFixCarriesFromFrameOneToAFarJump() {
        UcamTimingSetup s = new UcamTimingSetup("run021", "ULTRACAM", "FFCLR", -1, "MAY2002", 50, 0.001, 1,
                false, "cdd", 0, 1, 1, List.of());
        Instant t0 = Instant.parse("2002-05-17T01:00:00Z");
        int n = StampHistory.CAPACITY + 1500;
        byte[][] w = run(s, n, t0, 50_000_000L, 3);
        TimingWords tw = k -> w[k - 1];
        UcamTimes jump = new UcamTimer(s, tw).time(n);
        UcamTimer inOrder = new UcamTimer(s, tw);
        UcamTimes last = null;
        for (int k = 1; k <= n; k++) {
            last = inOrder.time(k);
        }
        assertEquals(last, jump);
        // frames from 3 on were stamped 10 s early; the fix restores their true time
        double truth = 40587 + (t0.getEpochSecond() + (n - 1) * 0.05) / 86400.0;
        assertEquals(truth, jump.gps(), 1e-11);
        // a reference spool that starts after the jump never sees it
        UcamTimes late = new UcamTimer(s, tw).time(n, 10);
        assertEquals(truth - 10.0 / 86400, late.gps(), 1e-11);
    }

    @Test
    void threadsSharingOneTimerAgree() throws Exception {
        UcamTimingSetup s = new UcamTimingSetup("run022", "ULTRACAM", "2-PAIR", 80127, "", 10, 0.001, 2,
                false, "fbb", 140, 1, 1, PAIR);
        byte[][] w = run(s, 2000, Instant.parse("2009-01-01T00:00:00Z"), 30_000_000L, Integer.MAX_VALUE);
        TimingWords tw = k -> w[k - 1];
        List<UcamTimes> expected = new ArrayList<>();
        UcamTimer alone = new UcamTimer(s, tw);
        for (int k = 1; k <= 2000; k++) {
            expected.add(alone.time(k));
        }
        UcamTimer shared = new UcamTimer(s, tw);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> jobs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t * 487;
                jobs.add(pool.submit(() -> {
                    for (int i = 0; i < 2000; i++) {
                        int k = 1 + (offset + i * 7) % 2000;
                        if (!shared.time(k).equals(expected.get(k - 1))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : jobs) {
                assertTrue(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
