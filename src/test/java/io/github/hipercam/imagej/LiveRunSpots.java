package io.github.hipercam.imagej;

import io.github.hipercam.imagej.views.CcdCanvas;
import io.github.hipercam.imagej.views.OpenRun;
import io.github.hipercam.model.Ccd;
import io.github.hipercam.model.Window;
import io.github.hipercam.model.Winhead;
import io.github.hipercam.synth.HcamRunSpec;
import io.github.hipercam.synth.HcamRunWriter;
import io.github.hipercam.synth.UcamRunSpec;
import io.github.hipercam.synth.UcamRunWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * Pixels of a run's ImageJ image whose values the synthetic writers define:
 * where a window pixel lands on the canvas (channel, x, y of the flipped
 * image, as Open Run and Follow Run draw it) and the value the writer put
 * there in each frame. The geometry comes from a finished copy of the same
 * run written to a scratch folder, so it is known before a live run has its
 * first frame; the values come from the writers' formulas, not the decoder.
 */
public final class LiveRunSpots {

    /**
     * One pixel.
     *
     * @param channel hyperstack channel, 1-based (the CCD's place in the run)
     * @param x image column
     * @param y image row, from the top
     * @param what CCD, window and pixel, for messages
     * @param value the writer's value in frame n
     */
    public record Spot(int channel, int x, int y, String what, IntUnaryOperator value) {
    }

    private LiveRunSpots() {
    }

    /**
     * Pixels (i, j) of window E1 of CCDs 1 and 3, whose output is at the
     * window's lower left, so readout x, y are i, j.
     *
     * @param spec the run
     * @param scratch a folder for the finished copy
     * @return the spots
     */
    public static List<Spot> hcam(HcamRunSpec spec, Path scratch) {
        Path copy = HcamRunWriter.write(scratch.resolve("run9999.fits"), spec.withFrames(2), true);
        List<Spot> out = new ArrayList<>();
        try (OpenRun run = OpenRun.open("hl", copy.toString(), OpenRun.Settings.defaults())) {
            for (int c : new int[] {0, 2}) {
                Window w = run.frame(1).ccd(Integer.toString(c + 1)).window("E1");
                for (int[] ij : corners(w)) {
                    out.add(spot(run, Integer.toString(c + 1), "E1", w.geometry(), ij,
                            n -> HcamRunWriter.pixel(c, 0, 0, 0, ij[0], ij[1], n)));
                }
            }
        }
        return out;
    }

    /**
     * Pixels (i, j) of window 1 of CCD 1 and window 2 of CCD 3.
     *
     * @param spec the run
     * @param scratch a folder for the finished copy
     * @return the spots
     * @throws IOException if the copy cannot be written
     */
    static List<Spot> ucam(UcamRunSpec spec, Path scratch) throws IOException {
        UcamRunWriter.write(scratch, "run999", spec.withFrames(2), true);
        List<Spot> out = new ArrayList<>();
        try (OpenRun run = OpenRun.open("ul", scratch.resolve("run999").toString(), OpenRun.Settings.defaults())) {
            for (int[] cw : new int[][] {{1, 1}, {3, 2}}) {
                String ccd = Integer.toString(cw[0]);
                Ccd frame = run.frame(1).ccd(ccd);
                Window w = frame.window(Integer.toString(cw[1]));
                Winhead g = w.geometry();
                for (int[] ij : corners(w)) {
                    out.add(spot(run, ccd, Integer.toString(cw[1]), g, ij, n -> UcamRunWriter.pixel(cw[0], cw[1], n,
                            g.llx() + ij[0] * g.xbin(), g.lly() + ij[1] * g.ybin())));
                }
            }
        }
        return out;
    }

    private static int[][] corners(Window w) {
        return new int[][] {{0, 0}, {w.nx() / 2, w.ny() / 3}, {w.nx() - 1, w.ny() - 1}};
    }

    private static Spot spot(OpenRun run, String ccd, String win, Winhead g, int[] ij, IntUnaryOperator value) {
        CcdCanvas c = run.renderer(ccd).canvas();
        int x = c.column(g) + ij[0];
        int y = c.height() - 1 - (c.rowFromBottom(g) + ij[1]);
        return new Spot(run.labels().indexOf(ccd) + 1, x, y,
                "CCD " + ccd + " window " + win + " (" + ij[0] + "," + ij[1] + ")", value);
    }
}
