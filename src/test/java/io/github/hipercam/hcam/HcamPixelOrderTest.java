package io.github.hipercam.hcam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

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
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks every decoded pixel against the writer's pattern, stated in the
 * instrument's own terms: a pixel's readout position is its distance from
 * the quadrant's output corner. This does not reuse the decoder's flip or
 * cut logic, and it covers the cases the reference cannot decode or gets
 * wrong: TwoWindow with NSAMP 1, and rotated CCDs with scans.
 */
class HcamPixelOrderTest {

    @TempDir
    Path dir;

    static Stream<Arguments> specs() {
        return Stream.of(
                Arguments.of("twowin-nsamp1-scans", HcamRunSpec.of("TwoWindow").withNsamp(1).withScans(true, true)
                        .withBinning(2, 2)),
                Arguments.of("onewin-rotated-scans", HcamRunSpec.of("OneWindow").withRotated(1, 2)
                        .withScans(true, true)),
                Arguments.of("twowin-rotated-nsamp1-prescan", HcamRunSpec.of("TwoWindow").withRotated(4).withNsamp(1)
                        .withScans(true, false)),
                Arguments.of("fullframe-bin10x8-scans", HcamRunSpec.of("FullFrame").withBinning(10, 8)
                        .withScans(true, true)),
                Arguments.of("fullframe-nsamp1-wide-rows", HcamRunSpec.of("FullFrame").withBinning(5, 4).withNsamp(1)
                        .withRotated(5).withScans(true, true)),
                Arguments.of("drift", HcamRunSpec.of("Drift").withDriftWindows(1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void everyPixelComesFromItsReadoutPosition(String name, HcamRunSpec spec) {
        Path run = HcamRunWriter.write(dir.resolve(name + ".fits"), spec.withFrames(2), true);
        try (OpenedRun opened = Runs.open("hl", run.toString(), SpoolOptions.defaults());
                RunReader<Mccd> reader = opened.frames()) {
            Mccd m = ((Poll.Ready<Mccd>) reader.read(2)).frame();
            int checked = 0;
            for (int c = 0; c < 5; c++) {
                Ccd ccd = m.ccd(Integer.toString(c + 1));
                for (Map.Entry<String, Window> e : ccd.windows().entrySet()) {
                    checked += check(spec, c, e.getKey(), e.getValue(), ccd);
                }
            }
            assertTrue(checked > 1000, "checked " + checked + " pixels");
        }
    }

    /** The quadrant whose output reads a window labelled with stream quadrant q of CCD c. */
    private static char outputQuadrant(HcamRunSpec spec, int c, char q) {
        String order = "EFGH";
        int i = order.indexOf(q);
        if (c == 1 || c == 4) {
            i = new int[] {1, 0, 3, 2}[i];
        }
        if (spec.rotated().contains(c + 1)) {
            i = new int[] {2, 3, 0, 1}[i];
        }
        return order.charAt(i);
    }

    /** @return {x, y, region} in readout order for a pixel dx, dy away from the output, in a piece of that kind */
    private static int[] readoutPosition(String kind, int dx, int dy, int np, int nyImage) {
        return switch (kind) {
            case "P" -> new int[] {dx, dy, 1};
            case "O" -> new int[] {np + dx, nyImage + dy, 2};
            default -> new int[] {np + dx, dy, 0};
        };
    }

    private static int check(HcamRunSpec spec, int c, String label, Window w, Ccd ccd) {
        char q = label.charAt(0);
        int set = label.charAt(1) - '1';
        char out = outputQuadrant(spec, c, q);
        boolean left = out == 'E' || out == 'H';
        boolean bottom = out == 'E' || out == 'F';
        int np = spec.prescan() ? 50 / spec.xbin() : 0;
        int no = spec.overscan() ? 8 / spec.ybin() : 0;
        String kind = label.length() > 2 ? label.substring(2) : "";
        Window image = ccd.window(label.substring(0, 2));
        int nyImage = image.ny();
        for (int j = 0; j < w.ny(); j++) {
            for (int i = 0; i < w.nx(); i++) {
                int dx = left ? i : w.nx() - 1 - i;
                int dy = bottom ? j : w.ny() - 1 - j;
                int[] pos = readoutPosition(kind, dx, dy, np, nyImage);
                int expected = HcamRunWriter.pixel(c, "EFGH".indexOf(q), set, pos[2], pos[0], pos[1], 2);
                if (expected != w.get(i, j)) {
                    fail("CCD " + (c + 1) + " window " + label + " pixel (" + i + ", " + j + "): expected "
                            + expected + ", got " + w.get(i, j));
                }
            }
        }
        if (kind.equals("O")) {
            assertEquals(no, w.ny(), label + " height");
        }
        if (kind.equals("P")) {
            assertEquals(np, w.nx(), label + " width");
            assertEquals(left ? -49 : 2049, w.geometry().llx(), label + " llx");
        }
        return w.nx() * w.ny();
    }

}
