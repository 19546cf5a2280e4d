package io.github.hipercam.spool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.spool.HangAbout.Outcome;
import io.github.hipercam.synth.SynthHcm;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** hang_about with a fake clock: every wait is recorded instead of slept. */
class HangAboutTest {

    private final List<Double> sleeps = new ArrayList<>();
    private final List<String> status = new ArrayList<>();
    private static final Poll<Mccd> NOT_YET = Poll.notYet();

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    private HangAbout hang(double twait, double tmax) {
        return HangAbout.builder(twait, tmax).sleeper(sleeps::add).status(status::add).build();
    }

    private static Poll<Mccd> frame(int n) {
        return Poll.ready(SynthHcm.frame(1, n), n);
    }

    @Test
    void triesAgainUntilTmaxThenGivesUp() {
        HangAbout h = hang(1.0, 3.0);
        assertEquals(Outcome.TRY_AGAIN, h.after(NOT_YET));
        assertEquals(Outcome.TRY_AGAIN, h.after(NOT_YET));
        assertEquals(Outcome.TRY_AGAIN, h.after(NOT_YET));
        assertEquals(3.0, h.totalWaited());
        assertEquals(Outcome.GIVE_UP, h.after(NOT_YET));
        assertEquals(List.of(1.0, 1.0, 1.0), sleeps);
        assertEquals(List.of(
                "last frame unchanged for 0.0 sec. cf tmax = 3.0; will wait another twait = 1.0 sec.",
                "last frame unchanged for 1.0 sec. cf tmax = 3.0; will wait another twait = 1.0 sec.",
                "last frame unchanged for 2.0 sec. cf tmax = 3.0; will wait another twait = 1.0 sec.",
                "last frame unchanged for 3.0 sec. cf tmax = 3.0; will wait no more"), status);
    }

    @Test
    void tmaxBelowTwaitGivesUpWithoutWaiting() {
        HangAbout h = hang(2.0, 1.5);
        assertEquals(Outcome.GIVE_UP, h.after(NOT_YET));
        assertEquals(List.of(), sleeps);
        assertEquals(List.of("last frame unchanged for 0.0 sec. cf tmax = 1.5; will wait no more"), status);
    }

    @Test
    void zeroTmaxGivesUpSilently() {
        HangAbout h = hang(1.0, 0.0);
        assertEquals(Outcome.GIVE_UP, h.after(NOT_YET));
        assertEquals(List.of(), sleeps);
        assertEquals(List.of(), status);
    }

    @Test
    void aFrameResetsTheTotalWaited() {
        HangAbout h = hang(1.0, 2.0);
        assertEquals(Outcome.TRY_AGAIN, h.after(NOT_YET));
        assertEquals(Outcome.TRY_AGAIN, h.after(NOT_YET));
        assertEquals(2.0, h.totalWaited());
        assertEquals(Outcome.GO_ON, h.after(frame(1)));
        assertEquals(0.0, h.totalWaited());
        assertEquals(Outcome.TRY_AGAIN, h.after(NOT_YET));
        assertEquals(Outcome.TRY_AGAIN, h.after(NOT_YET));
        assertEquals(Outcome.GIVE_UP, h.after(NOT_YET));
        assertEquals(5, status.size());
        assertEquals(List.of(1.0, 1.0, 1.0, 1.0), sleeps);
    }

    @Test
    void endOfRunGivesUpAtOnce() {
        HangAbout h = hang(1.0, 10.0);
        assertEquals(Outcome.GIVE_UP, h.after(Poll.end()));
        assertEquals(List.of(), sleeps);
    }

    @Test
    void decimalStepsAddUpToTmaxExactly() {
        // in binary 0.1 + 0.1 + 0.1 > 0.3: the reference gives up after two waits
        HangAbout h = hang(0.1, 0.3);
        assertEquals(Outcome.TRY_AGAIN, h.after(NOT_YET));
        assertEquals(Outcome.TRY_AGAIN, h.after(NOT_YET));
        assertEquals(Outcome.TRY_AGAIN, h.after(NOT_YET));
        assertEquals(Outcome.GIVE_UP, h.after(NOT_YET));
        assertEquals(3, sleeps.size());
    }

    @Test
    void updatersRunDuringLongWaits() {
        int[] runs = new int[2];
        HangAbout h = HangAbout.builder(2.0, 10.0).sleeper(sleeps::add)
                .updaters(0.5, () -> runs[0]++, () -> runs[1] += sleeps.size()).build();
        assertEquals(Outcome.TRY_AGAIN, h.after(NOT_YET));
        assertEquals(List.of(0.5, 0.5, 0.5, 0.5), sleeps);
        assertEquals(4, runs[0]);
        assertEquals(1 + 2 + 3 + 4, runs[1], "each update runs after its own pause");
        assertEquals(2.0, h.totalWaited());
    }

    @Test
    void shortWaitsSkipTheUpdaters() {
        int[] runs = new int[1];
        HangAbout h = HangAbout.builder(1.0, 10.0).sleeper(sleeps::add).updaters(0.5, () -> runs[0]++).build();
        assertEquals(Outcome.TRY_AGAIN, h.after(NOT_YET));
        assertEquals(List.of(1.0), sleeps);
        assertEquals(0, runs[0]);
    }

    @Test
    void cancelDuringAWaitGivesUpAndStaysCancelled() {
        AtomicReference<HangAbout> ref = new AtomicReference<>();
        HangAbout h = HangAbout.builder(1.0, 10.0).status(status::add).sleeper(s -> {
            sleeps.add(s);
            ref.get().cancel();
        }).build();
        ref.set(h);
        assertEquals(Outcome.GIVE_UP, h.after(NOT_YET));
        assertTrue(h.isCancelled());
        assertEquals(Outcome.GIVE_UP, h.after(NOT_YET));
        assertEquals(1, sleeps.size(), "no wait after a cancel");
        assertEquals("cancelled after waiting 0.0 sec. for a new frame; will wait no more", status.get(1));
    }

    @Test
    void cancelFromAnotherThreadEndsARealWait() throws Exception {
        CountDownLatch waiting = new CountDownLatch(1);
        HangAbout h = HangAbout.builder(3600, 7200).status(s -> waiting.countDown()).build();
        AtomicReference<Outcome> outcome = new AtomicReference<>();
        Thread t = new Thread(() -> outcome.set(h.after(NOT_YET)));
        t.start();
        assertTrue(waiting.await(30, TimeUnit.SECONDS));
        h.cancel();
        t.join(30_000);
        assertFalse(t.isAlive(), "the hour-long wait must end on cancel");
        assertEquals(Outcome.GIVE_UP, outcome.get());
    }

    @Test
    void anInterruptedThreadGivesUpWithoutWaiting() {
        HangAbout h = hang(1.0, 10.0);
        Thread.currentThread().interrupt();
        assertEquals(Outcome.GIVE_UP, h.after(NOT_YET));
        assertTrue(Thread.currentThread().isInterrupted(), "the interrupt is kept for the caller");
        assertEquals(List.of(), sleeps);
        assertEquals(List.of("interrupted after waiting 0.0 sec. for a new frame; will wait no more"), status);
    }

    @Test
    void anInterruptDuringTheWaitGivesUpAndIsKept() {
        HangAbout h = HangAbout.builder(1.0, 10.0).status(status::add).sleeper(s -> {
            throw new InterruptedException("test");
        }).build();
        assertEquals(Outcome.GIVE_UP, h.after(NOT_YET));
        assertTrue(Thread.interrupted());
        assertEquals(0.0, h.totalWaited(), "an interrupted wait does not count");
    }

    @Test
    void interruptingARealWaitEndsIt() throws Exception {
        CountDownLatch waiting = new CountDownLatch(1);
        HangAbout h = HangAbout.builder(3600, 7200).status(s -> waiting.countDown()).build();
        AtomicReference<Outcome> outcome = new AtomicReference<>();
        Thread t = new Thread(() -> outcome.set(h.after(NOT_YET)));
        t.start();
        assertTrue(waiting.await(30, TimeUnit.SECONDS));
        t.interrupt();
        t.join(30_000);
        assertFalse(t.isAlive());
        assertEquals(Outcome.GIVE_UP, outcome.get());
    }

    /** A spooler that answers from a script of polls. */
    private static Spooler<Mccd> scripted(List<Poll<Mccd>> polls) {
        Deque<Poll<Mccd>> left = new ArrayDeque<>(polls);
        return new Spooler<>() {
            @Override
            public Poll<Mccd> poll() {
                return left.isEmpty() ? Poll.end() : left.removeFirst();
            }

            @Override
            public void close() {
            }
        };
    }

    @Test
    void nextPollsUntilAFrameArrives() {
        HangAbout h = hang(1.0, 5.0);
        Spooler<Mccd> s = scripted(List.of(NOT_YET, NOT_YET, frame(7)));
        Poll<Mccd> p = h.next(s);
        assertEquals(7, assertInstanceOf(Poll.Ready.class, p).number());
        assertEquals(List.of(1.0, 1.0), sleeps);
        assertEquals(0.0, h.totalWaited());
    }

    @Test
    void nextReturnsNotYetWhenItGivesUp() {
        HangAbout h = hang(1.0, 2.0);
        assertInstanceOf(Poll.NotYet.class, h.next(scripted(List.of(NOT_YET, NOT_YET, NOT_YET, frame(1)))));
        assertEquals(2, sleeps.size());
    }

    @Test
    void followYieldsFramesAcrossGapsAndStopsAtTheEnd() {
        HangAbout h = hang(1.0, 1.0);
        List<Integer> got = new ArrayList<>();
        for (Mccd m : h.follow(scripted(List.of(frame(1), NOT_YET, frame(2), NOT_YET, frame(3))))) {
            got.add(((Number) m.head().get("NFRAME")).intValue());
        }
        assertEquals(List.of(1, 2, 3), got);
        assertEquals(2, sleeps.size());
    }

    @Test
    void badSettingsAreRefused() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> HangAbout.of(0, 10));
        assertEquals("hang_about needs twait > 0 and tmax >= 0, got twait=0.0, tmax=10.0", e.getMessage());
        e = assertThrows(InvalidArgumentException.class, () -> HangAbout.of(1, -1));
        assertTrue(e.getMessage().contains("tmax=-1.0"), e.getMessage());
        e = assertThrows(InvalidArgumentException.class, () -> HangAbout.of(Double.NaN, 1));
        assertTrue(e.getMessage().contains("twait=NaN"), e.getMessage());
        e = assertThrows(InvalidArgumentException.class, () -> HangAbout.builder(1, 1).updaters(0, () -> { }));
        assertEquals("tupdate must be positive, got 0.0", e.getMessage());
    }
}
