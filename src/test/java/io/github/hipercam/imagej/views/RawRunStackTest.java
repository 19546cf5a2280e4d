package io.github.hipercam.imagej.views;

import io.github.hipercam.imagej.MacroThread;
import io.github.hipercam.imagej.commands.HcmIOPlugin;
import io.github.hipercam.imagej.commands.OpenRunCommand;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import ij.ImageStack;
import ij.WindowManager;
import io.github.hipercam.imagej.guard.HcmIOPluginGuard;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.run.Spoolers;
import io.github.hipercam.spool.Spooler;
import io.github.hipercam.synth.HcamRunSpec;
import io.github.hipercam.synth.HcamRunWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;
import org.scijava.io.IOService;

/** Stacks over raw HiPERCAM runs (source hl) against the library's own spooler. */
class RawRunStackTest {

    private static final int NFRAMES = 5;

    @TempDir
    Path dir;
    private Path run;
    private final List<Mccd> library = new ArrayList<>();

    @BeforeEach
    void writeRun() throws Exception {
        run = HcamRunWriter.write(dir.resolve("run0007.fits"),
                HcamRunSpec.of("TwoWindow").withBinning(2, 2).withScans(true, true).withFrames(NFRAMES), false);
        try (Spooler<Mccd> spool = Spoolers.open("hl", run.toString(), 1)) {
            for (Mccd m : spool) {
                library.add(m);
            }
        }
        assertEquals(NFRAMES, library.size());
    }

    private float[] expected(OpenRun r, int frame, String ccd) {
        return r.renderer(ccd).renderPixels(library.get(frame - 1).ccd(ccd));
    }

    private double mjd(int frame, String ccd) {
        return (Double) library.get(frame - 1).ccd(ccd).head().get("MJDUTC");
    }

    @Test
    void everyCcdAndFrameMatchesTheSpoolerSequentiallyAndByRandomAccess() {
        try (OpenRun r = OpenRun.open("hl", run.toString(), OpenRun.Settings.defaults())) {
            assertEquals(List.of("1", "2", "3", "4", "5"), r.labels());
            ImagePlus hyper = RunImages.hyperstack(r);
            RunStack stack = (RunStack) hyper.getStack();
            assertEquals(5 * NFRAMES, stack.getSize());
            for (int n = 1; n <= stack.getSize(); n++) {
                assertArrayEquals(expected(r, stack.frameOf(n), stack.ccdOf(n)), (float[]) stack.getPixels(n));
            }
            List<Integer> order = new ArrayList<>();
            for (int n = 1; n <= stack.getSize(); n++) {
                order.add(n);
            }
            Collections.shuffle(order, new Random(3));
            for (int n : order) {
                assertArrayEquals(expected(r, stack.frameOf(n), stack.ccdOf(n)), (float[]) stack.getPixels(n));
                assertTrue(stack.getSliceLabel(n).contains("\nMJDUTC = " + mjd(stack.frameOf(n), stack.ccdOf(n))));
            }
        }
    }

    @Test
    void timesAndFrameIntervalComeFromTheRunsTiming() {
        try (OpenRun r = OpenRun.open("hl", run.toString(), OpenRun.Settings.defaults())) {
            ImagePlus imp = RunImages.ccd(r, "3");
            for (int n = 1; n <= NFRAMES; n++) {
                imp.setSlice(n);
                assertEquals(mjd(n, "3"), imp.getNumericProperty("MJDUTC"), 1e-11);
            }
            double dt = (mjd(3, "1") - mjd(2, "1")) * 86400;
            assertTrue(dt > 0);
            assertEquals((mjd(2, "1") - mjd(1, "1")) * 86400, imp.getCalibration().frameInterval, 1e-9);
            assertTrue(((String) imp.getProperty("Info")).contains("INSTRUME = HIPERCAM / Instrument\n"),
                    (String) imp.getProperty("Info"));
        }
    }

    @Test
    void severalThreadsReadTheRawRunAtOnce() throws Exception {
        try (OpenRun r = OpenRun.open("hl", run.toString(), OpenRun.Settings.defaults().withCacheBytes(0))) {
            ImageStack stack = RunImages.ccd(r, "2").getStack();
            ExecutorService pool = Executors.newFixedThreadPool(6);
            try {
                List<Callable<Boolean>> jobs = new ArrayList<>();
                for (int t = 0; t < 6; t++) {
                    Random rnd = new Random(t);
                    jobs.add(() -> {
                        for (int i = 0; i < 20; i++) {
                            int n = 1 + rnd.nextInt(NFRAMES);
                            if (!java.util.Arrays.equals(expected(r, n, "2"), (float[]) stack.getPixels(n))) {
                                return false;
                            }
                        }
                        return true;
                    });
                }
                for (Future<Boolean> f : pool.invokeAll(jobs)) {
                    assertTrue(f.get());
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void openRunCommandAndFileOpenRecogniseTheRawRun() throws Exception {
        assertEquals(io.github.hipercam.run.FileKinds.Kind.RAW, io.github.hipercam.run.FileKinds.of(run).kind());
        MacroThread.run(() -> {
            MacroThread.command(new OpenRunCommand(), "source=hl run=[" + run + "] ccd=4 first=2 last=0");
            ImagePlus imp = WindowManager.getCurrentImage();
            assertEquals("run0007.fits CCD 4", imp.getTitle());
            assertEquals(NFRAMES - 1, imp.getStackSize());
            RunStack s = (RunStack) imp.getStack();
            assertArrayEquals(expected(s.run(), 2, "4"), (float[]) imp.getStack().getPixels(1));
        });
        try (Context ctx = new Context(IOService.class)) {
            IOService io = ctx.service(IOService.class);
            assertSame(HcmIOPluginGuard.class, io.getOpener(run.toString()).getClass());
        }
    }
}
