package io.github.hipercam.imagej.macros;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.imagej.HeadlessImageJ;
import io.github.hipercam.model.Ccd;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.model.Window;
import io.github.hipercam.run.OpenedRun;
import io.github.hipercam.run.Runs;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.RunReader;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.synth.HcamRunSpec;
import io.github.hipercam.synth.HcamRunWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example macros on raw HiPERCAM runs (source {@code hl}): what a macro
 * measures must be what the library reads for the same frame, for a finished
 * run and for one that grows while the macro follows it.
 */
class MacroHcamRunTest {

    private static HeadlessImageJ ij;

    @BeforeAll
    static void startImageJ() {
        ij = HeadlessImageJ.start();
    }

    private static Mccd frame(String run, int n) {
        try (OpenedRun rRun = Runs.open("hl", run, SpoolOptions.defaults());
                RunReader<Mccd> r = rRun.frames()) {
            return (Mccd) assertInstanceOf(Poll.Ready.class, r.read(n)).frame();
        }
    }

    /** Mean, min and max over every window of a CCD: what ImageJ measures on the canvas, NaN gaps left out. */
    private static double[] stats(Ccd ccd) {
        double sum = 0;
        long n = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Window w : ccd.windows().values()) {
            for (int iy = 0; iy < w.ny(); iy++) {
                for (int ix = 0; ix < w.nx(); ix++) {
                    double v = w.get(ix, iy);
                    sum += v;
                    n++;
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        return new double[] {sum / n, min, max};
    }

    private static List<String[]> rows(Path csv) throws Exception {
        List<String[]> out = new ArrayList<>();
        for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
            out.add(line.split(",", -1));
        }
        return out;
    }

    @Test
    void measureBoxOnAReflectedCcdMatchesTheLibrary(@TempDir Path dir) throws Exception {
        String run = Path.of("testdata", "hcam", "run0001").toAbsolutePath().toString();
        Path out = dir.resolve("box.csv");
        // a box over the whole canvas: ImageJ's statistics then cover every window of CCD 2
        ij.runMacro("close(\"*\");\nrun(\"Clear Results\");\n"
                + "runMacro(" + HeadlessImageJ.quote(Path.of("macros", "measure_box.ijm")) + ", \"source=hl run=["
                + run + "] ccd=2 first=1 x=0 y=0 width=100000 height=100000\");\n"
                + "saveAs(\"Results\", " + HeadlessImageJ.quote(out) + ");\n", "");
        List<String[]> rows = rows(out);
        List<String> head = List.of(rows.get(0));
        assertEquals(4, rows.size(), "header and the 3 frames of run0001");
        for (int f = 1; f <= 3; f++) {
            Ccd ccd = frame(run, f).ccd("2");
            double[] s = stats(ccd);
            String[] r = rows.get(f);
            assertEquals(Integer.toString(f), r[head.indexOf("Frame")]);
            assertEquals(ccd.head().get("MJDUTC").toString(), r[head.indexOf("MJD")], "the library's time");
            assertEquals(s[0], Double.parseDouble(r[head.indexOf("Mean")]), 1e-3);
            assertEquals(s[1], Double.parseDouble(r[head.indexOf("Min")]), 1e-3);
            assertEquals(s[2], Double.parseDouble(r[head.indexOf("Max")]), 1e-3);
        }
    }

    @Test
    void followLiveOnARawRunBeingWritten(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("run0009.fits");
        HcamRunSpec spec = HcamRunSpec.of("OneWindow").withBinning(2, 2).withFrames(4);
        Path out = dir.resolve("live.csv");
        try (HcamRunWriter.Growing camera = HcamRunWriter.start(file, spec, 0, true)) {
            camera.appendFrames(1);
            CompletableFuture<Void> writing = CompletableFuture.runAsync(() -> {
                for (int f = 2; f <= 4; f++) {
                    pause(600);
                    camera.appendFrames(1);
                }
                pause(600);
                camera.finish();
            });
            ij.runMacro("close(\"*\");\nrun(\"Clear Results\");\n"
                    + "runMacro(" + HeadlessImageJ.quote(Path.of("macros", "follow_live.ijm")) + ", \"source=hl run=["
                    + file.toString().replace('\\', '/') + "] ccd=1 timeout=60 max=0\");\n"
                    + "saveAs(\"Results\", " + HeadlessImageJ.quote(out) + ");\n", "");
            writing.get();
        }
        String run = file.toString();
        List<String[]> rows = rows(out);
        List<String> head = List.of(rows.get(0));
        assertTrue(rows.size() >= 2, "at least one frame shown");
        int before = 0;
        for (int i = 1; i < rows.size(); i++) {
            int f = Integer.parseInt(rows.get(i)[head.indexOf("Frame")]);
            assertTrue(f > before, "frames only move forward");
            before = f;
            Ccd ccd = frame(run, f).ccd("1");
            assertEquals(ccd.head().get("MJDUTC").toString(), rows.get(i)[head.indexOf("MJD")]);
            assertEquals(stats(ccd)[0], Double.parseDouble(rows.get(i)[head.indexOf("Mean")]), 1e-3);
        }
        assertEquals(4, before, "it followed the run to its last frame, then stopped when the run was finished");
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
