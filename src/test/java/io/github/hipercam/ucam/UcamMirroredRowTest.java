package io.github.hipercam.ucam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.model.Mccd;
import io.github.hipercam.model.Window;
import io.github.hipercam.run.OpenedRun;
import io.github.hipercam.run.Runs;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.synth.UcamRunSpec;
import io.github.hipercam.synth.UcamRunWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * ULTRASPEC windows read through either output, every pixel against the
 * value the synthetic writer put there: the avalanche output's rows are
 * decoded by the mirrored-row loop (words in frame order, written right to
 * left), the normal output's by the plain one. One window spans the whole
 * chip, 1072 words a row with 16 of them chopped, as in the baseline run.
 */
class UcamMirroredRowTest {

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "output {0}, {1}")
    @CsvSource({"A, full", "N, full", "A, small", "N, small"})
    void everyPixelIsTheWrittenValue(String output, String size) throws Exception {
        List<int[]> windows = size.equals("full") ? List.of(new int[] {1, 1, 1072, 24})
                : List.of(new int[] {1, 101, 60, 40}, new int[] {301, 201, 40, 30});
        UcamRunSpec spec = UcamRunSpec.ultraspec(windows.size() == 1 ? UcamMode.USPEC_1 : UcamMode.USPEC_2, output)
                .withWindows(windows).withFrames(2);
        String run = "mirror-" + output + "-" + size;
        UcamRunWriter.write(tmp, run, spec, true);
        try (OpenedRun opened = Runs.open("ul", tmp.resolve(run).toString(), SpoolOptions.defaults())) {
            Mccd m = ((Poll.Ready<Mccd>) opened.frames().read(2)).frame();
            int checked = 0;
            for (Map.Entry<String, Window> e : m.ccd("1").windows().entrySet()) {
                Window w = e.getValue();
                int win = Integer.parseInt(e.getKey());
                for (int iy = 0; iy < w.ny(); iy++) {
                    for (int ix = 0; ix < w.nx(); ix++) {
                        int x = w.geometry().llx() + ix * w.geometry().xbin();
                        int y = w.geometry().lly() + iy * w.geometry().ybin();
                        assertEquals(UcamRunWriter.pixel(1, win, 2, x, y), w.get(ix, iy),
                                run + " window " + win + " (" + ix + ", " + iy + ")");
                        checked++;
                    }
                }
            }
            assertTrue(checked >= (size.equals("full") ? 1056 * 24 : 2000), "checked " + checked);
        }
    }
}
