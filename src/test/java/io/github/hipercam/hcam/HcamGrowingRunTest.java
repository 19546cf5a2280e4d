package io.github.hipercam.hcam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.github.hipercam.model.Mccd;
import io.github.hipercam.run.OpenedRun;
import io.github.hipercam.run.Runs;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.RunReader;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.spool.Spooler;
import io.github.hipercam.synth.HcamRunSpec;
import io.github.hipercam.synth.HcamRunWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run still being written: NAXIS3 lagging, partial frames, and the true end. */
class HcamGrowingRunTest {

    @TempDir
    Path dir;

    private static long nframe(Poll<Mccd> p) {
        assertInstanceOf(Poll.Ready.class, p);
        return (Long) ((Poll.Ready<Mccd>) p).frame().head().get("NFRAME");
    }

    /** A local run opened to be followed while it is written: its spools wait at the end of the file. */
    private static OpenedRun follow(Path file) {
        return Runs.open("hl", file.toString(), SpoolOptions.defaults().withFollow(true));
    }

    private void followLastFrame(HcamRunSpec spec) {
        Path file = dir.resolve("run0100.fits");
        int size = HcamRunWriter.frameSize(spec);
        try (HcamRunWriter.Growing w = HcamRunWriter.start(file, spec, 0, true);
                OpenedRun run = follow(file);
                Spooler<Mccd> last = run.spool(0);
                RunReader<Mccd> reader = run.frames()) {
            assertInstanceOf(Poll.NotYet.class, last.poll());
            w.appendFrames(2);
            w.appendBytes(size / 3);
            assertEquals(2, reader.available());
            assertEquals(2, nframe(last.poll()));
            assertInstanceOf(Poll.NotYet.class, last.poll());
            assertInstanceOf(Poll.NotYet.class, reader.read(3));
            w.declare(1);
            w.appendFrames(1);
            assertEquals(3, reader.available());
            assertEquals(3, nframe(last.poll()));
            assertEquals(3, nframe(reader.read(3)));
            w.appendFrames(2);
            w.declare(5);
            assertEquals(5, nframe(last.poll()));
            assertInstanceOf(Poll.NotYet.class, reader.read(6));
            w.appendFrames(1);
            w.finish();
            assertEquals(6, nframe(last.poll()));
            assertInstanceOf(Poll.NotYet.class, last.poll());
            assertEquals(6, reader.available());
            assertInstanceOf(Poll.End.class, reader.read(7));
        }
    }

    @Test
    void followsTheLastCompleteFrameOfALargeFrameRun() {
        followLastFrame(HcamRunSpec.of("TwoWindow").withFrames(6));
    }

    @Test
    void paddingOfAFinishedSmallFrameRunIsNotTakenForFrames() {
        // frames of 676 bytes: two of them fit in the 1704 bytes of FITS padding after the sixth
        followLastFrame(HcamRunSpec.of("Drift").withWindows(new HcamRunSpec.Win(0, 0, 0, 0, 0, 4, 4)).withFrames(6));
    }

    @Test
    void theCamerasOrderPaddingThenFinalNaxis3EndsAfterTheLastFrame() {
        HcamRunSpec spec = HcamRunSpec.of("TwoWindow").withFrames(3);
        Path file = dir.resolve("run0102.fits");
        try (HcamRunWriter.Growing w = HcamRunWriter.start(file, spec, 0, true);
                OpenedRun run = Runs.open("hl", file.toString(), SpoolOptions.defaults().withFollow(true))) {
            RunReader<Mccd> reader = run.frames();
            w.appendFrames(3);
            w.pad();
            assertEquals(3, reader.available(), "the padding is not a frame");
            assertInstanceOf(Poll.NotYet.class, reader.read(4), "NAXIS3 is still 0: the run may go on");
            w.declare(w.written());
            assertEquals(3, reader.available());
            assertEquals(3, nframe(reader.read(3)));
            assertInstanceOf(Poll.End.class, reader.read(4));
        }
    }

    @Test
    void sequentialReadingWaitsForFramesAndStopsAtTheEnd() {
        HcamRunSpec spec = HcamRunSpec.of("OneWindow").withFrames(3);
        Path file = dir.resolve("run0101.fits");
        try (HcamRunWriter.Growing w = HcamRunWriter.start(file, spec, 0, true);
                OpenedRun run = follow(file);
                Spooler<Mccd> s = run.spool(1)) {
            w.appendBytes(100);
            assertInstanceOf(Poll.NotYet.class, s.poll());
            w.appendFrames(1);
            assertEquals(1, nframe(s.poll()));
            assertInstanceOf(Poll.NotYet.class, s.poll());
            w.appendFrames(2);
            w.finish();
            assertEquals(2, nframe(s.poll()));
            assertEquals(3, nframe(s.poll()));
            assertInstanceOf(Poll.End.class, s.poll());
        }
    }
}
