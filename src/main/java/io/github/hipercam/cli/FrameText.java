package io.github.hipercam.cli;

import io.github.hipercam.util.Numbers;
import io.github.hipercam.model.Ccd;
import io.github.hipercam.model.Frame;
import io.github.hipercam.model.Header;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.model.Window;
import io.github.hipercam.model.Winhead;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** Human-readable lines about frames, shared by {@code info} and {@code tail}. */
final class FrameText {

    /** Header keys that name the readout mode, in order of preference. */
    private static final List<String> MODE_KEYS = List.of("MODE", "ESO DET READ CURNAME");

    private FrameText() {
    }

    /**
     * @param f a frame
     * @param key a header key
     * @return the value in the frame's head or, failing that, its first CCD's head; null if absent
     */
    static Object item(Frame f, String key) {
        if (f.head().has(key)) {
            return f.head().get(key);
        }
        if (f instanceof Mccd m) {
            for (Ccd c : m.ccds().values()) {
                if (c.head().has(key)) {
                    return c.head().get(key);
                }
            }
        }
        return null;
    }

    /**
     * @param f a frame
     * @return the readout mode, or null if the headers do not say
     */
    static Object mode(Frame f) {
        for (String k : MODE_KEYS) {
            Object v = item(f, k);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /**
     * @param number frame number in the run
     * @param f the frame
     * @return one line: number, MJDUTC, EXPTIME, GOODTIME and TIMSTAMP where present
     */
    static String line(int number, Frame f) {
        StringBuilder b = new StringBuilder(String.format("frame %6d", number));
        for (String k : List.of("MJDUTC", "EXPTIME", "GOODTIME", "TIMSTAMP")) {
            Object v = item(f, k);
            if (v != null) {
                b.append("  ").append(k).append(' ').append(Numbers.display(v));
            }
        }
        return b.toString();
    }

    /**
     * Prints the CCDs and windows of a frame.
     *
     * @param out where to
     * @param f the frame
     */
    static void windows(PrintWriter out, Frame f) {
        Map<String, Ccd> ccds = f instanceof Mccd m ? m.ccds() : Map.of("-", (Ccd) f);
        for (Map.Entry<String, Ccd> e : ccds.entrySet()) {
            Ccd c = e.getValue();
            out.printf("CCD %-5s: %d x %d, %d window(s)%n", e.getKey(), c.nxtot(), c.nytot(), c.windows().size());
            for (Map.Entry<String, Window> w : c.windows().entrySet()) {
                Winhead g = w.getValue().geometry();
                out.printf("   %-5s llx=%d lly=%d nx=%d ny=%d xbin=%d ybin=%d%s%n", w.getKey(), g.llx(),
                        g.lly(), g.nx(), g.ny(), g.xbin(), g.ybin(),
                        g.outamp().isEmpty() ? "" : " outamp=" + g.outamp());
            }
        }
    }

    /**
     * Prints the frame-level items a user asks about first.
     *
     * @param out where to
     * @param f the frame
     */
    static void summary(PrintWriter out, Frame f) {
        Header h = f.head();
        Object mode = mode(f);
        out.println("mode      : " + (mode == null ? "(not in the headers)" : mode));
        if (h.has("OBJECT")) {
            out.println("object    : " + h.get("OBJECT"));
        }
        Object exp = item(f, "EXPTIME");
        out.println("exposure  : " + (exp == null ? "(not in the headers)" : Numbers.display(exp)
                + " s (first frame)"));
    }

    /**
     * Why a spool from {@code first} gave no frame.
     *
     * @param run the run's name
     * @param asked how the first frame was asked for, e.g. "first = 99" or "--first 99"
     * @param first the first frame asked for
     * @param available complete frames in the run
     * @return e.g. "run0001.fits has 3 complete frame(s); first = 99 is past the end"
     */
    static String noFrame(String run, String asked, int first, int available) {
        String has = available == 0 ? " has no complete frame" : " has " + available + " complete frame(s)";
        String why = first >= 1 ? " is past the end" : available == 0 ? " finds none"
                : " counts back to before frame 1";
        return run + has + "; " + asked + why;
    }
}
