package io.github.hipercam.imagej.views;

import io.github.hipercam.run.FrameCache;
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

/** The shared frame cache behind the stacks of a run. */
class OpenRunCacheTest {

    @Test
    void aHundredThousandFrameRunOpensReadingTwoFrames() {
        SynthReader r = new SynthReader(5, 100_000, false);
        try (OpenRun run = new OpenRun(r.run(), OpenRun.Settings.defaults().withCacheBytes(1 << 20))) {
            ImagePlus hyper = RunImages.hyperstack(run);
            ImagePlus one = RunImages.ccd(run, "4");
            assertEquals(100_000, hyper.getNFrames());
            assertEquals(100_000, one.getStackSize());
            assertEquals(2, r.reads.get(), "open reads only the first frame and the next");
            assertEquals(SynthHcm.CADENCE, one.getCalibration().frameInterval, 1e-5);
            one.setSlice(99_999);
            assertTrue(one.getStack().getSliceLabel(99_999).startsWith("frame 99999  MJD "));
            assertTrue(run.cache().size() <= run.cache().capacity());
            assertTrue(run.cache().capacity() < 100, "a 1 MB budget keeps few frames: " + run.cache().capacity());
        }
    }

    @Test
    void aSpoolerFollowsALiveRunThroughTheCache() {
        SynthReader r = new SynthReader(1, 2, true);
        try (OpenRun run = new OpenRun(r.run(), OpenRun.Settings.defaults())) {
            io.github.hipercam.spool.Spooler<Mccd> follow = run.opened().spool(0);
            assertEquals(2, ((Poll.Ready<Mccd>) follow.poll()).number());
            assertInstanceOf(Poll.NotYet.class, follow.poll());
            r.available = 5;
            assertEquals(5, ((Poll.Ready<Mccd>) follow.poll()).number());
            assertEquals(2, run.size());
            assertEquals(5, run.refresh());
            ImagePlus imp = RunImages.ccd(run, "1");
            assertEquals(5, imp.getStackSize());
            r.available = 8;
            run.refresh();
            RunImages.grow(imp);
            assertEquals(8, imp.getStackSize());
            assertEquals(8, imp.getNSlices(), "a one-CCD image keeps frames as slices when it grows");
            assertEquals(1, imp.getNFrames());
            follow.close();
            assertTrue(!r.closed, "closing the spooler view leaves the run open");
        }
        assertTrue(r.closed);
    }
}
