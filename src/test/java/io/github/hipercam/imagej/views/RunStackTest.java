package io.github.hipercam.imagej.views;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import ij.ImageStack;
import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.hcm.Hcm;
import io.github.hipercam.model.Ccd;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.synth.SynthHcm;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stacks against the library: same pixels and times for the same frame, in any order, from any thread. */
class RunStackTest {

    private static final int NCCD = 3;
    private static final int NFRAMES = 6;

    @TempDir
    Path dir;
    private Path list;
    private OpenRun run;

    @BeforeEach
    void writeRun() throws Exception {
        SynthHcm.writeList(dir, NCCD, NFRAMES, false);
        list = dir.resolve("frames.lis");
        run = OpenRun.open("hf", list.toString(), OpenRun.Settings.defaults());
    }

    @AfterEach
    void closeRun() {
        run.close();
    }

    /** What the library gives for frame f, CCD c, drawn on the run's canvas. */
    private float[] expected(int frame, String ccd) {
        Ccd c = Hcm.readMccd(dir.resolve(String.format("frame_%03d.hcm", frame))).ccd(ccd);
        return run.renderer(ccd).renderPixels(c);
    }

    private double libraryMjd(int frame, String ccd) {
        return (Double) Hcm.readMccd(dir.resolve(String.format("frame_%03d.hcm", frame))).ccd(ccd)
                .head().get("MJDUTC");
    }

    @Test
    void sequentialSlicesMatchTheLibraryPixelForPixel() {
        for (String ccd : run.labels()) {
            ImageStack stack = RunImages.ccd(run, ccd).getStack();
            assertEquals(NFRAMES, stack.getSize());
            for (int n = 1; n <= NFRAMES; n++) {
                assertArrayEquals(expected(n, ccd), (float[]) stack.getPixels(n), "CCD " + ccd + " frame " + n);
            }
        }
        // and a value that does not depend on the renderer: E1 pixel (3,2) of CCD 2, frame 5
        ImageStack s2 = RunImages.ccd(run, "2").getStack();
        CcdCanvas c = run.renderer("2").canvas();
        int x = 75 + 3;
        int y = c.height() - 1 - (c.rowFromBottom(Hcm.readMccd(dir.resolve("frame_005.hcm")).ccd("2")
                .window("E1").geometry()) + 2);
        assertEquals(SynthHcm.pixel(2, 1, 5, 3, 2), s2.getProcessor(5).getf(x, y));
    }

    @Test
    void labelsCarryTheLibrarysTimes() {
        ImagePlus imp = RunImages.ccd(run, "3");
        for (int n = NFRAMES; n >= 1; n--) {
            imp.setSlice(n);
            assertEquals(libraryMjd(n, "3"), imp.getNumericProperty("MJDUTC"), 1e-11);
            assertEquals(n, (int) imp.getNumericProperty("FRAME"));
            assertEquals(n == 2 ? "false" : "true", imp.getStringProperty("GOODTIME"));
        }
    }

    @Test
    void randomAccessGivesTheSameAsSequential() {
        RunStack stack = (RunStack) RunImages.ccd(run, "1").getStack();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            for (int n = 1; n <= NFRAMES; n++) {
                order.add(n);
            }
        }
        Collections.shuffle(order, new Random(42));
        for (int n : order) {
            assertArrayEquals(expected(n, "1"), (float[]) stack.getPixels(n), "frame " + n);
            assertTrue(stack.getSliceLabel(n).contains("MJDUTC = " + libraryMjd(n, "1")));
        }
    }

    @Test
    void manyThreadsAtOnceGetTheRightPixels() throws Exception {
        RunStack stack = (RunStack) RunImages.hyperstack(run).getStack();
        List<float[]> want = new ArrayList<>();
        for (int n = 1; n <= stack.getSize(); n++) {
            want.add(expected(stack.frameOf(n), stack.ccdOf(n)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> jobs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                Random rnd = new Random(t);
                jobs.add(() -> {
                    int ok = 0;
                    for (int i = 0; i < 40; i++) {
                        int n = 1 + rnd.nextInt(stack.getSize());
                        if (java.util.Arrays.equals(want.get(n - 1), (float[]) stack.getPixels(n))) {
                            ok++;
                        }
                    }
                    return ok;
                });
            }
            for (Future<Integer> f : pool.invokeAll(jobs)) {
                assertEquals(40, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void eachCallGetsAFreshArray() {
        ImageStack stack = RunImages.ccd(run, "1").getStack();
        float[] a = (float[]) stack.getPixels(3);
        a[a.length / 2] = -1e9f;
        float[] b = (float[]) stack.getPixels(3);
        assertNotSame(a, b);
        assertArrayEquals(expected(3, "1"), b);
    }

    @Test
    void movingThroughEveryCcdDecodesEachFrameOnce() {
        long atOpen = run.cache().decodes();
        assertEquals(2, atOpen, "opening reads the first frame and the next for the interval");
        List<ImageStack> stacks = new ArrayList<>();
        for (String ccd : run.labels()) {
            stacks.add(RunImages.ccd(run, ccd).getStack());
        }
        for (int n = 1; n <= NFRAMES; n++) {
            for (ImageStack s : stacks) {
                s.getProcessor(n);
                s.getSliceLabel(n);
            }
        }
        assertEquals(NFRAMES, run.cache().decodes());
    }

    @Test
    void hyperstackHasCcdsAsChannelsAndFramesAsTime() {
        assertTrue(run.sharedGeometry());
        ImagePlus hyper = RunImages.hyperstack(run);
        assertEquals(NCCD, hyper.getNChannels());
        assertEquals(1, hyper.getNSlices());
        assertEquals(NFRAMES, hyper.getNFrames());
        assertTrue(hyper.isHyperStack());
        hyper.setPosition(2, 1, 4);
        assertArrayEquals(expected(4, "2"), (float[]) hyper.getProcessor().getPixels());
        assertTrue(hyper.getStack().getSliceLabel(hyper.getCurrentSlice()).contains("\nCCD = 2\n"));
    }

    @Test
    void imageCarriesRunHeaderCalibrationAndFrameInterval() {
        ImagePlus imp = RunImages.ccd(run, "2");
        String info = (String) imp.getProperty("Info");
        assertTrue(info.contains("OBJECT = SYNTH hcm / Object\n"), info);
        assertEquals(SynthHcm.CADENCE, imp.getCalibration().frameInterval, 1e-5);
        assertEquals("s", imp.getCalibration().getTimeUnit());
        assertEquals(2.0, imp.getCalibration().pixelWidth);
        assertEquals(101.5, imp.getCalibration().getX(75), 1e-12);
        assertEquals("frames.lis CCD 2", imp.getTitle());
    }

    @Test
    void firstAndLastChooseTheFrames() {
        try (OpenRun part = OpenRun.open("hf", list.toString(), OpenRun.Settings.defaults().withFrames(2, 4))) {
            RunStack s = (RunStack) RunImages.ccd(part, "1").getStack();
            assertEquals(3, s.getSize());
            assertEquals(2, s.frameOf(1));
            assertEquals(4, s.frameOf(3));
            assertArrayEquals(expected(3, "1"), (float[]) s.getPixels(2));
        }
        assertThrows(InvalidArgumentException.class, () -> OpenRun.Settings.defaults().withFrames(5, 3));
        try (OpenRun newest = OpenRun.open("hf", list.toString(), OpenRun.Settings.defaults().withFrames(0, 0))) {
            RunStack s = (RunStack) RunImages.ccd(newest, "1").getStack();
            assertEquals(1, s.getSize(), "first = 0: the newest frame, as a spool from 0 gives it");
            assertEquals(NFRAMES, s.frameOf(1));
        }
        try (OpenRun behind = OpenRun.open("hf", list.toString(), OpenRun.Settings.defaults().withFrames(-2, 0))) {
            assertEquals(NFRAMES - 2, ((RunStack) RunImages.ccd(behind, "1").getStack()).frameOf(1));
        }
        InvalidArgumentException past = assertThrows(InvalidArgumentException.class,
                () -> OpenRun.open("hf", list.toString(), OpenRun.Settings.defaults().withFrames(NFRAMES + 3, 0)));
        assertTrue(past.getMessage().contains("first = " + (NFRAMES + 3)) && past.getMessage().contains(NFRAMES + " complete frame(s)"),
                past.getMessage());
    }

    @Test
    void unknownCcdIsRefusedNamingTheCcds() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> RunImages.ccd(run, "9"));
        assertTrue(e.getMessage().contains("[1, 2, 3]"), e.getMessage());
    }

    @Test
    void frameOfAnMccdMatchesTheCachedFrame() {
        Mccd m = run.frame(4);
        assertEquals(libraryMjd(4, "1"), (Double) m.ccd("1").head().get("MJDUTC"), 0.0);
    }
}
