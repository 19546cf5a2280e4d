package io.github.hipercam.imagej;

import io.github.hipercam.model.Ccd;
import io.github.hipercam.model.Header;
import java.util.List;
import java.util.Locale;

/**
 * The slice labels of frames. The first line is what ImageJ shows above the
 * image: the frame number and the mid-exposure time. The lines after it are
 * {@code KEY = value}, so that ImageJ's {@code getInfo(key)},
 * {@code getStringProperty} and {@code getNumericProperty} find them:
 *
 * <pre>
 * frame 17  MJD 58256.84509181
 * FRAME = 17
 * MJDUTC = 58256.845091816
 * EXPTIME = 4.0
 * GOODTIME = true
 * DSTATUS = true
 * </pre>
 *
 * <p>Numbers are written in full (Java's shortest exact form), so a time read
 * back from a label is the library's time to the last bit. Items a frame does
 * not have are left out rather than invented.
 */
public final class FrameLabels {

    /** The per-CCD timing items copied into labels, in order. */
    public static final List<String> TIME_KEYS = List.of("MJDUTC", "EXPTIME", "GOODTIME", "DSTATUS");

    private FrameLabels() {
    }

    /**
     * @param frame frame number in the run
     * @param ccd the CCD of that frame (its first window's header holds the times)
     * @return the label
     */
    public static String slice(int frame, Ccd ccd) {
        Header h = ccd.head();
        StringBuilder sb = new StringBuilder("frame ").append(frame);
        Object mjd = h.get("MJDUTC");
        if (mjd instanceof Number n) {
            sb.append(String.format(Locale.ROOT, "  MJD %.8f", n.doubleValue()));
        }
        sb.append("\nFRAME = ").append(frame);
        for (String key : TIME_KEYS) {
            Object v = h.get(key);
            if (v != null) {
                sb.append('\n').append(key).append(" = ").append(format(v));
            }
        }
        return sb.toString();
    }

    /**
     * @param value a header value
     * @return its text in a label: numbers in full, booleans as true/false
     */
    static String format(Object value) {
        if (value instanceof Double d) {
            return Double.toString(d);
        }
        return String.valueOf(value).strip();
    }
}
