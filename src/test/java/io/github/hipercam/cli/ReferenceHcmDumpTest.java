package io.github.hipercam.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.testutil.DumpMatch;
import io.github.hipercam.testutil.ReferenceData;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dumps of the reference .hcm files match what the reference pipeline printed. */
class ReferenceHcmDumpTest {

    private static Path ref(String folder) {
        return ReferenceData.folder(folder);
    }

    @Test
    void fileListOfMccds() throws Exception {
        Path dir = ref("hcm-mccd-f32");
        String doc = Dump.source("hf", dir.resolve("frame.lis").toString(), 1, SpoolOptions.defaults());
        List<String> diff = DumpMatch.differences(dir.resolve("expected.hf.json"), doc);
        assertEquals(List.of(), diff);
    }

    @Test
    void rhcamOfMccd() throws Exception {
        Path dir = ref("hcm-mccd-f32");
        String doc = Dump.rhcam(dir.resolve("frame_001.hcm"));
        assertEquals(List.of(), DumpMatch.differences(dir.resolve("expected.rhcam.json"), doc));
    }

    @Test
    void rhcamOfFloat64Ccd() throws Exception {
        Path dir = ref("hcm-ccd-f64");
        String doc = Dump.rhcam(dir.resolve("one_001.hcm"));
        assertEquals(List.of(), DumpMatch.differences(dir.resolve("expected.rhcam.json"), doc));
    }
}
