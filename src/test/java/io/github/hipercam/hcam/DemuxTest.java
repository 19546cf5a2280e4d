package io.github.hipercam.hcam;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.model.Mccd;
import io.github.hipercam.model.Window;
import io.github.hipercam.run.OpenedRun;
import io.github.hipercam.run.RawFrames;
import io.github.hipercam.run.Runs;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.synth.HcamRunSpec;
import io.github.hipercam.synth.HcamRunWriter;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The four-quadrant demultiplexing ({@link QuadPlan}, {@link Demux}) against
 * the plain reading it replaced, written out here independently: each raw
 * window decoded whole, word by word at its stream position, turned the right
 * way up, and its image, prescan and overscan copied out of it.
 */
class DemuxTest {

    @TempDir
    Path dir;

    static Stream<Arguments> specs() {
        return Stream.of(
                Arguments.of("twowin-scans", HcamRunSpec.of("TwoWindow").withScans(true, true)),
                Arguments.of("twowin-nsamp1-scans-bin2", HcamRunSpec.of("TwoWindow").withNsamp(1)
                        .withScans(true, true).withBinning(2, 2)),
                Arguments.of("onewin-rotated-scans", HcamRunSpec.of("OneWindow").withRotated(1, 2)
                        .withScans(true, true)),
                Arguments.of("onewin-prescan-only", HcamRunSpec.of("OneWindow").withScans(true, false)),
                Arguments.of("onewin-overscan-only", HcamRunSpec.of("OneWindow").withScans(false, true)),
                Arguments.of("fullframe-bin10x8-scans", HcamRunSpec.of("FullFrame").withBinning(10, 8)
                        .withScans(true, true)),
                Arguments.of("fullframe-bin5x4-nsamp1-rotated", HcamRunSpec.of("FullFrame").withBinning(5, 4)
                        .withNsamp(1).withRotated(3, 5).withScans(true, true)),
                Arguments.of("drift", HcamRunSpec.of("Drift").withDriftWindows(1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void everyPieceMatchesThePlainReading(String name, HcamRunSpec spec) {
        Path run = HcamRunWriter.write(dir.resolve(name + ".fits"), spec.withFrames(2), true);
        try (OpenedRun opened = Runs.open("hl", run.toString(), SpoolOptions.defaults())) {
            RawFrames raw = opened.raw();
            HcamReadout readout = HcamReadout.parse(raw.header(), opened.name(), true);
            byte[] frame = ((Poll.Ready<byte[]>) raw.frame(2)).frame();
            Mccd m = HcamDecoder.decode(readout, frame, 2);
            int checked = 0;
            for (WindowSet set : readout.sets()) {
                for (int w = 0; w < 20; w++) {
                    float[] whole = plain(frame, set, w, readout.nsamp());
                    for (WindowSet.Piece p : set.raw().get(w).pieces()) {
                        Window got = m.ccd(Integer.toString(w / 4 + 1)).window(p.label());
                        assertEquals(p.geometry(), got.geometry(), p.label());
                        assertArrayEquals(cut(whole, set.nx(), p), got.toFloats(), name + " " + p.label());
                        checked += got.toFloats().length;
                    }
                }
            }
            assertTrue(checked > 1000, "checked " + checked);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void cellsCoverEveryWordOnce(String name, HcamRunSpec spec) {
        Path run = HcamRunWriter.write(dir.resolve(name + ".fits"), spec.withFrames(1), true);
        try (OpenedRun opened = Runs.open("hl", run.toString(), SpoolOptions.defaults())) {
            HcamReadout readout = HcamReadout.parse(opened.raw().header(), opened.name(), true);
            for (WindowSet set : readout.sets()) {
                long area = 0;
                for (QuadPlan.Cell c : QuadPlan.of(set).cells()) {
                    area += (long) (c.x1() - c.x0()) * (c.y1() - c.y0());
                }
                assertEquals((long) set.nx() * set.ny(), area, name);
            }
        }
    }

    /** Raw window w decoded whole, turned the right way up. */
    private static float[] plain(byte[] frame, WindowSet set, int w, int nsamp) {
        int nx = set.nx();
        int ny = set.ny();
        Quadrant q = set.raw().get(w).quadrant();
        ByteBuffer b = ByteBuffer.wrap(frame);
        float[] out = new float[nx * ny];
        for (int y = 0; y < ny; y++) {
            for (int x = 0; x < nx; x++) {
                int p = y * nx + x;
                int word = nsamp == 4 ? 20 * p + w : 80 * (p / 4) + 16 * (w / 4) + 4 * (p % 4) + w % 4;
                int rx = q.flipX() ? nx - 1 - x : x;
                int ry = q.flipY() ? ny - 1 - y : y;
                out[ry * nx + rx] = b.getShort(2 * (set.wordOffset() + word)) + 32768f;
            }
        }
        return out;
    }

    private static float[] cut(float[] whole, int nx, WindowSet.Piece p) {
        int pnx = p.geometry().nx();
        int pny = p.geometry().ny();
        float[] out = new float[pnx * pny];
        for (int r = 0; r < pny; r++) {
            System.arraycopy(whole, (p.y0() + r) * nx + p.x0(), out, r * pnx, pnx);
        }
        return out;
    }
}
