package io.github.hipercam.imagej.views;

import io.github.hipercam.fits.CardBlock;
import io.github.hipercam.model.Ccd;
import io.github.hipercam.model.Header;
import io.github.hipercam.util.MjdTimes;
import io.github.hipercam.util.Numbers;
import java.util.List;
import java.util.Locale;

/**
 * The slice labels of frames. The first line is what ImageJ shows above the
 * image: the frame number, the mid-exposure time and, where known, the
 * channel (the CCD's filter, or "CCD n" in a hyperstack). The lines after it
 * are {@code KEY = value}, so that ImageJ's {@code getInfo(key)},
 * {@code getStringProperty} and {@code getNumericProperty} find them. Then
 * comes a FITS header of the frame, from {@code SIMPLE} to {@code END},
 * after the line {@code AIJ-HEADER-MARKER}, which is where AstroImageJ looks
 * for a stack's header ({@code astroj.FitsJ.getHeader}: releases before June
 * 2023 take the lines from {@code SIMPLE} to {@code END}, later ones those
 * after the marker):
 *
 * <pre>
 * frame 17  MJD 58256.84509181  gs
 * FRAME = 17
 * MJDUTC = 58256.845091816
 * EXPTIME = 4.0
 * GOODTIME = true
 * DSTATUS = true
 * CCD = 2
 * FILTER = gs
 * AIJ-HEADER-MARKER
 * SIMPLE  =                    T / conforms to FITS standard
 * ...
 * DATE-OBS= '2018-05-18T20:16:33.093123' / start of exposure (UTC)
 * MJD-OBS =    58256.84482746670 / start of exposure (MJD, UTC)
 * EXPTIME =                  4.0 / exposure time (s)
 * ...
 * END
 * </pre>
 *
 * <p><b>Times:</b> {@code DATE-OBS} and {@code MJD-OBS} are the <em>start</em>
 * of the exposure, {@code MJDUTC - EXPTIME / 2}, the FITS meaning of
 * DATE-OBS. AstroImageJ adds half of {@code EXPTIME} to the start
 * ({@code FitsJ.getMeanJD}), so the times it reads are the pipeline's
 * mid-exposure times. It reads DATE-OBS when there is one, to the
 * millisecond; MJD-OBS only without it.
 *
 * <p>Numbers are written by {@link Numbers#display}: an exposure time of
 * 0.1 + 0.0304 reads {@code 0.1304}, while a time keeps every digit, so that a
 * time read back from a label is the library's time to the last bit. Items a
 * frame does not have are left out rather than invented. A label is built
 * each time ImageJ asks for it, from the frame's few items: about twenty
 * short lines.
 */
public final class FrameLabels {

    /** The per-CCD timing items copied into labels, in order. */
    public static final List<String> TIME_KEYS = List.of("MJDUTC", "EXPTIME", "GOODTIME", "DSTATUS");

    /** The line after which AstroImageJ (June 2023 on) reads a slice's FITS header. */
    public static final String AIJ_MARKER = "AIJ-HEADER-MARKER";

    /** Items of the run's header copied into each label's FITS block, where present. */
    static final List<String> RUN_KEYS = List.of("OBJECT", "TELESCOP", "INSTRUME", "RA", "DEC");

    private static final double SECONDS_PER_DAY = 86400.0;

    /**
     * What a label says beside the frame's own items.
     *
     * @param ccd the CCD's label ("" if not to be named)
     * @param filter the CCD's filter ("" if unknown)
     * @param channel the channel's name for the first line ("" for none)
     * @param width image width (NAXIS1)
     * @param height image height (NAXIS2)
     * @param run the run's header, for its {@link #RUN_KEYS}
     * @param instrument the instrument, where the header has no INSTRUME
     */
    public record Context(String ccd, String filter, String channel, int width, int height, Header run,
            String instrument) {

        /**
         * @param width image width
         * @param height image height
         * @return a context with nothing but the image size
         */
        public static Context plain(int width, int height) {
            return new Context("", "", "", width, height, Header.empty(), "");
        }
    }

    private FrameLabels() {
    }

    /**
     * @param frame frame number in the run
     * @param ccd the CCD of that frame (its first window's header holds the times)
     * @return the label, without channel, filter or run items
     */
    public static String slice(int frame, Ccd ccd) {
        return slice(frame, ccd, Context.plain(0, 0));
    }

    /**
     * @param frame frame number in the run
     * @param ccd the CCD of that frame
     * @param context the channel, filter, image size and run header
     * @return the label
     */
    public static String slice(int frame, Ccd ccd, Context context) {
        Header h = ccd.head();
        StringBuilder sb = new StringBuilder("frame ").append(frame);
        Object mjd = h.get("MJDUTC");
        if (mjd instanceof Number n) {
            sb.append(String.format(Locale.ROOT, "  MJD %.8f", n.doubleValue()));
        }
        if (!context.channel().isEmpty()) {
            sb.append("  ").append(context.channel());
        }
        sb.append("\nFRAME = ").append(frame);
        for (String key : TIME_KEYS) {
            Object v = h.get(key);
            if (v != null) {
                sb.append('\n').append(key).append(" = ").append(format(v));
            }
        }
        if (!context.ccd().isEmpty()) {
            sb.append("\nCCD = ").append(context.ccd());
        }
        if (!context.filter().isEmpty()) {
            sb.append("\nFILTER = ").append(context.filter());
        }
        return sb.append('\n').append(AIJ_MARKER).append('\n').append(fits(frame, h, context)).toString();
    }

    /** The FITS block: image, run, frame and CCD, then the times. */
    private static String fits(int frame, Header h, Context context) {
        CardBlock.Builder b = CardBlock.builder()
                .add("BITPIX", -32, "32-bit floating point pixels")
                .add("NAXIS", 2, null)
                .add("NAXIS1", context.width(), null)
                .add("NAXIS2", context.height(), null);
        for (String key : RUN_KEYS) {
            Object v = context.run().get(key);
            if (v == null && key.equals("INSTRUME") && !context.instrument().isEmpty()) {
                v = context.instrument();
            }
            if (v != null) {
                b.add(key, v, null);
            }
        }
        b.add("FRAME", frame, "frame number in the run");
        if (!context.ccd().isEmpty()) {
            b.add("CCD", context.ccd(), "CCD label");
        }
        if (!context.filter().isEmpty()) {
            b.add("FILTER", context.filter(), "filter of this CCD (FILTERS)");
        }
        times(b, h);
        return b.build();
    }

    private static void times(CardBlock.Builder b, Header h) {
        Object mid = h.get("MJDUTC");
        Object exp = h.get("EXPTIME");
        if (mid instanceof Number m && exp instanceof Number e && Double.isFinite(m.doubleValue())
                && Double.isFinite(e.doubleValue())) {
            double start = m.doubleValue() - e.doubleValue() / 2 / SECONDS_PER_DAY;
            b.add("DATE-OBS", MjdTimes.isoUtc(start), "start of exposure (UTC)");
            b.add("MJD-OBS", start, "start of exposure (MJD, UTC)");
        }
        if (exp instanceof Number e) {
            b.add("EXPTIME", e, "exposure time (s)");
        }
        if (mid instanceof Number m) {
            b.add("MJDUTC", m, "mid-exposure (MJD, UTC), as the pipeline");
        }
        for (String key : List.of("GOODTIME", "DSTATUS")) {
            if (h.get(key) instanceof Boolean v) {
                b.add(key, v, key.equals("GOODTIME") ? "the time is reliable" : "data status");
            }
        }
    }

    /**
     * @param value a header value
     * @return its text in a label: numbers in full, booleans as true/false
     */
    static String format(Object value) {
        return Numbers.display(value);
    }
}
