package io.github.hipercam.bytes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.github.hipercam.model.Mccd;
import io.github.hipercam.run.OpenedRun;
import io.github.hipercam.run.Runs;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.synth.HcamRunSpec;
import io.github.hipercam.synth.HcamRunWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The camera writes a run's FITS padding before its final NAXIS3. With frames
 * smaller than a FITS block, the padding's zeros must not be taken for frames
 * in the moment between the two, nor remembered as frames afterwards.
 */
class FitsCubePaddingTest {

    @TempDir
    Path dir;

    @Test
    void paddingWrittenBeforeTheFinalNaxis3IsNeverAFrame() {
        Path file = dir.resolve("run0005.fits");
        HcamRunSpec spec = HcamRunSpec.of("Drift").withWindows(new HcamRunSpec.Win(0, 0, 0, 0, 0, 4, 4))
                .withFrames(6);
        int frameSize = HcamRunWriter.frameSize(spec);
        SpoolOptions follow = SpoolOptions.defaults().withFollow(true);
        try (HcamRunWriter.Growing camera = HcamRunWriter.start(file, spec, 0, true);
                OpenedRun run = Runs.open("hl", file.toString(), follow)) {
            camera.appendFrames(6);
            assertEquals(6, run.available(), "six frames of " + frameSize + " bytes");
            camera.pad();
            assertEquals(6, run.available(), "the padding, with NAXIS3 still 0, is not counted as frames");
            assertInstanceOf(Poll.NotYet.class, run.frames().read(7), "frame 7 is not there");
            camera.declare(6);
            assertEquals(6, run.available());
            assertInstanceOf(Poll.End.class, run.frames().read(7), "finished after 6");
            Poll<Mccd> sixth = run.frames().read(6);
            assertEquals(6L, ((Poll.Ready<Mccd>) sixth).frame().head().get("NFRAME"));
        }
    }
}
