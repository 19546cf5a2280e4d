package io.github.hipercam.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.model.Mccd;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.SpoolOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunPreviewTest {

    private static double mjd(OpenedRun r, int n) {
        return (Double) ((Poll.Ready<Mccd>) r.frames().read(n)).frame().ccd("1").head().get("MJDUTC");
    }

    @Test
    void aHipercamRunShowsModeWindowsFiltersFramesAndDuration() {
        try (OpenedRun r = Runs.open("hl", "testdata/hcam/run0002", SpoolOptions.defaults())) {
            RunPreview p = RunPreview.of(r);
            assertEquals(4, p.frames());
            assertEquals(mjd(r, 1), p.firstMjd());
            assertEquals(mjd(r, 4), p.lastMjd());
            List<String> lines = p.lines();
            assertEquals("HiPERCAM", lines.get(0));
            assertTrue(lines.contains("Mode: TwoWindow"), lines.toString());
            assertTrue(lines.contains("Binning: 1 x 1"), lines.toString());
            assertTrue(lines.contains("Windows: set 1: 4 per CCD of 32 x 24 binned; set 2: 4 per CCD of 48 x 32 binned"),
                    lines.toString());
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("Exposure: ")), lines.toString());
            assertTrue(lines.contains("Filters: us, gs, rs, is, zs"), lines.toString());
            assertTrue(lines.contains("Frames: 4"), lines.toString());
            String duration = lines.get(lines.size() - 1);
            assertTrue(duration.startsWith("Duration: ") && duration.contains("from the first to the last mid-exposure"),
                    duration);
            assertEquals((mjd(r, 4) - mjd(r, 1)) * 86400, p.seconds(), 1e-9);
        }
    }

    @Test
    void anUltracamRunHasNoFiltersLine() {
        try (OpenedRun r = Runs.open("ul", "testdata/ucam/run001", SpoolOptions.defaults())) {
            List<String> lines = RunPreview.of(r).lines();
            assertEquals("ULTRACAM", lines.get(0));
            assertTrue(lines.contains("Frames: 3"), lines.toString());
            assertTrue(lines.stream().noneMatch(l -> l.startsWith("Filters")), lines.toString());
        }
    }
}
