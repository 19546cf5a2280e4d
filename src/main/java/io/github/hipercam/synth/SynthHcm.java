package io.github.hipercam.synth;

import io.github.hipercam.hcm.Hcm;
import io.github.hipercam.model.Ccd;
import io.github.hipercam.model.Header;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.model.Window;
import io.github.hipercam.model.Winhead;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes deterministic MCCD {@code .hcm} frames. Pixel (ix, iy) of window w of
 * CCD c in frame f holds {@link #pixel(int, int, int, int, int)}, so a pixel
 * put in the wrong place changes sums and hashes.
 */
public final class SynthHcm {

    /** MJD of the first frame. */
    public static final double MJD0 = 58256.84486033596;
    /** Seconds between frames. */
    public static final double CADENCE = 4.0;

    private static final String[] WINDOWS = {"E1", "F1"};

    private SynthHcm() {
    }

    /**
     * @param ccd CCD index, 1-based
     * @param win window index, 1-based
     * @param frame frame number, 1-based
     * @param ix x index in the window
     * @param iy y index in the window (0 = bottom)
     * @return the value written
     */
    public static float pixel(int ccd, int win, int frame, int ix, int iy) {
        return 1000f * ccd + 100f * win + 10f * frame + ix + 0.25f * iy;
    }

    /**
     * @param nccd number of CCDs
     * @param frame frame number
     * @return a frame of nccd CCDs with two 40x30 windows each, binned 2x2
     */
    public static Mccd frame(int nccd, int frame) {
        double mjd = MJD0 + (frame - 1) * CADENCE / 86400.0;
        Map<String, Ccd> ccds = new LinkedHashMap<>();
        for (int c = 1; c <= nccd; c++) {
            Map<String, Window> wins = new LinkedHashMap<>();
            for (int w = 1; w <= WINDOWS.length; w++) {
                Winhead g = new Winhead(w == 1 ? 101 : 1601, 51 + 100 * (c - 1), 40, 30, 2, 2, "LL");
                float[] px = new float[g.npix()];
                for (int iy = 0; iy < g.ny(); iy++) {
                    for (int ix = 0; ix < g.nx(); ix++) {
                        px[iy * g.nx() + ix] = pixel(c, w, frame, ix, iy);
                    }
                }
                Header h = w == 1 ? ccdHeader(mjd + (c - 1) * 1e-6, frame) : Header.empty();
                wins.put(WINDOWS[w - 1], Window.adopt(g, px, h));
            }
            ccds.put(Integer.toString(c), new Ccd(wins, 2048, 1024, 50, 8));
        }
        Header top = Header.builder()
                .set("OBJECT", "SYNTH hcm", "Object")
                .set("TIMSTAMP", String.format("synth-%03d", frame), "Raw frame timestamp, UTC")
                .set("MJDUTC", mjd, "MJD(UTC)")
                .set("GOODTIME", frame != 2, "TIMSTAMP OK?")
                .set("NFRAME", (long) frame, "Frame number")
                .set("EXPTIME", CADENCE, "Integration time")
                .build();
        return new Mccd(ccds, top);
    }

    private static Header ccdHeader(double mjd, int frame) {
        return Header.builder()
                .set("MJDUTC", mjd, "MJD(UTC) mid-exposure")
                .set("GOODTIME", frame != 2)
                .set("EXPTIME", CADENCE)
                .set("DSTATUS", true)
                .build();
    }

    /**
     * Writes {@code frame_001.hcm ...} and a list file {@code frames.lis} that
     * has a comment, a blank line and names with and without extension.
     *
     * @param dir folder to write into (created if needed)
     * @param nccd number of CCDs
     * @param nframes number of frames
     * @param overwrite replace existing files
     * @return the files written
     * @throws IOException if the folder or list cannot be written
     */
    public static List<Path> writeList(Path dir, int nccd, int nframes, boolean overwrite) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        StringBuilder list = new StringBuilder("# synthetic .hcm frames written by hipercam-ij synth\n\n");
        for (int f = 1; f <= nframes; f++) {
            String name = String.format("frame_%03d", f);
            Path p = dir.resolve(name + Hcm.EXTENSION);
            Hcm.write(p, frame(nccd, f), overwrite);
            out.add(p);
            list.append(f % 2 == 0 ? name + Hcm.EXTENSION : name).append('\n');
        }
        Path lis = dir.resolve("frames.lis");
        if (!overwrite && Files.exists(lis)) {
            throw new io.github.hipercam.FileExistsException(lis);
        }
        Files.writeString(lis, list.toString(), StandardCharsets.UTF_8);
        out.add(lis);
        return out;
    }
}
