package io.github.hipercam.run;

import io.github.hipercam.testutil.SynthReader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import io.github.hipercam.HipercamException;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.RunSpooler;
import io.github.hipercam.synth.SynthHcm;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class FrameCacheTest {

    @Test
    void theCacheIsBoundedAndRereadsEvictedFrames() {
        SynthReader r = new SynthReader(2, 50, false);
        try (FrameCache cache = new FrameCache(r, 3)) {
            for (int n = 1; n <= 50; n++) {
                cache.get(n);
                assertTrue(cache.size() <= 3);
            }
            assertEquals(50, cache.decodes());
            cache.get(50);
            cache.get(48);
            assertEquals(50, cache.decodes(), "the last three are cached");
            cache.get(1);
            assertEquals(51, cache.decodes(), "frame 1 was evicted and is read again");
        }
        assertTrue(r.closed);
    }

    @Test
    void framesNotWrittenYetAreAskedForAgain() {
        SynthReader r = new SynthReader(1, 3, true);
        FrameCache cache = new FrameCache(r, 10);
        assertInstanceOf(Poll.NotYet.class, cache.poll(4));
        HipercamException e = assertThrows(HipercamException.class, () -> cache.get(4));
        assertTrue(e.getMessage().contains("frame 4 is not written yet (3 frames available)"), e.getMessage());
        r.available = 4;
        Poll<Mccd> p = cache.poll(4);
        assertEquals(4, ((Poll.Ready<Mccd>) p).number());
    }

    @Test
    void threadsAskingForTheSameFrameShareOneDecode() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        SynthReader slow = new SynthReader(1, 10, false) {
            @Override
            public Poll<Mccd> read(int number) {
                entered.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return super.read(number);
            }
        };
        FrameCache cache = new FrameCache(slow, 4);
        AtomicReference<Mccd> a = new AtomicReference<>();
        AtomicReference<Mccd> b = new AtomicReference<>();
        Thread ta = new Thread(() -> a.set(cache.get(7)));
        ta.start();
        entered.await();
        Thread tb = new Thread(() -> b.set(cache.get(7)));
        tb.start();
        while (tb.getState() != Thread.State.WAITING && tb.isAlive()) {
            Thread.onSpinWait();
        }
        release.countDown();
        ta.join();
        tb.join();
        assertSame(a.get(), b.get());
        assertEquals(1, slow.reads.get());
    }
}
