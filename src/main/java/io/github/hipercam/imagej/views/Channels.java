package io.github.hipercam.imagej.views;

import io.github.hipercam.run.Instrument;
import io.github.hipercam.model.Ccd;
import io.github.hipercam.model.Window;
import io.github.hipercam.util.Percentiles;
import java.awt.Color;
import java.util.List;

/**
 * How each CCD of a run looks: its name as a channel (its filter from the
 * header's {@code FILTERS}, else "CCD n"), its colour (by the filter's band,
 * else by its place in the instrument), and its first display range.
 *
 * <p><b>Display range:</b> the 5th to the 95th percentile of the pixels of
 * the CCD's windows in the first frame shown, as the pipeline's plots take
 * it ({@code hplot} and {@code rtplot}: {@code plo = 5}, {@code phi = 95},
 * {@code numpy.percentile} of all window pixels). The gaps between windows
 * (NaN or 0) are not counted. A CCD of more than {@value #MAX_SAMPLES} pixels
 * is sampled evenly down to that many.
 */
public final class Channels {

    /** Percentiles of the display range, as the pipeline's plots. */
    public static final double LOW = 5;
    /** Upper percentile of the display range. */
    public static final double HIGH = 95;
    /** The most pixels looked at for a display range. */
    static final int MAX_SAMPLES = 1 << 20;

    /** The colour of the gaps between windows: a dark slate blue, unlike both black sky and any data colour. */
    public static final Color GAP = new Color(46, 58, 92);

    private static final Color VIOLET = new Color(150, 60, 255);
    private static final Color BLUE = new Color(40, 110, 255);
    private static final Color GREEN = new Color(40, 230, 40);
    private static final Color YELLOW = new Color(255, 215, 0);
    private static final Color ORANGE = new Color(255, 130, 0);
    private static final Color RED = new Color(255, 30, 30);
    /** HiPERCAM's arms are u, g, r, i, z in CCD order. */
    private static final List<Color> HIPERCAM = List.of(VIOLET, GREEN, YELLOW, ORANGE, RED);
    /** ULTRACAM's CCDs are the red, green and blue arms. */
    private static final List<Color> ULTRACAM = List.of(RED, GREEN, BLUE);
    private static final List<Color> OTHERS = List.of(Color.RED, Color.GREEN, Color.BLUE, Color.MAGENTA,
            Color.CYAN, Color.YELLOW);

    private Channels() {
    }

    /**
     * @param instrument the run's instrument and filters
     * @param index the CCD's place, 0-based
     * @param label the CCD's label
     * @return its filter, or "CCD label" if the header names none
     */
    public static String name(Instrument instrument, int index, String label) {
        String f = instrument.filter(index);
        return f.isEmpty() ? "CCD " + label : f;
    }

    /**
     * The colour of a CCD: by its filter's band (u violet, g green, r yellow,
     * i orange, z red; Johnson U B V R I likewise), else by the arm it is in
     * (HiPERCAM u g r i z; ULTRACAM red, green, blue), else a fixed palette.
     *
     * @param instrument the run's instrument and filters
     * @param index the CCD's place, 0-based
     * @return its colour
     */
    public static Color colour(Instrument instrument, int index) {
        Color band = band(instrument.filter(index));
        if (band != null) {
            return band;
        }
        List<Color> arms = switch (instrument.name()) {
            case "HiPERCAM" -> HIPERCAM;
            case "ULTRACAM" -> ULTRACAM;
            default -> OTHERS;
        };
        return arms.get(Math.floorMod(index, arms.size()));
    }

    private static Color band(String filter) {
        if (filter.isEmpty()) {
            return null;
        }
        return switch (filter.charAt(0)) {
            case 'u', 'U' -> VIOLET;
            case 'B' -> BLUE;
            case 'g', 'V' -> GREEN;
            case 'r' -> YELLOW;
            case 'R', 'i' -> ORANGE;
            case 'I', 'z' -> RED;
            default -> null;
        };
    }

    /**
     * @param ccd one CCD of a frame
     * @return {low, high}: the {@value #LOW}th and {@value #HIGH}th percentiles
     *     of its window pixels, high above low; NaN if it has no pixels
     */
    public static double[] range(Ccd ccd) {
        long n = 0;
        for (Window w : ccd.windows().values()) {
            n += w.geometry().npix();
        }
        int step = (int) Math.max(1, (n + MAX_SAMPLES - 1) / MAX_SAMPLES);
        float[] v = new float[(int) Math.min(n, MAX_SAMPLES)];
        int k = 0;
        long i = 0;
        for (Window w : ccd.windows().values()) {
            float[] px = w.toFloats();
            for (float x : px) {
                if (i++ % step == 0 && k < v.length) {
                    v[k++] = x;
                }
            }
        }
        double[] r = Percentiles.of(k == v.length ? v : java.util.Arrays.copyOf(v, k), LOW, HIGH);
        if (r[1] <= r[0]) {
            r[1] = r[0] + 1;
        }
        return r;
    }
}
