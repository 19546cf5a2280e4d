package io.github.hipercam.run;

import io.github.hipercam.HipercamException;
import io.github.hipercam.model.Header;
import io.github.hipercam.model.Mccd;

/**
 * The frame interval of a run for ImageJ's {@code Calibration.frameInterval}:
 * the difference of the mid-exposure times ({@code MJDUTC} of the first CCD)
 * of the first frame opened and the next one, in seconds. A run of one frame
 * falls back on its exposure time; without either it is 0 (unknown), as
 * ImageJ expects.
 */
public final class FrameIntervals {

    private static final double SECONDS_PER_DAY = 86400.0;

    private FrameIntervals() {
    }

    /**
     * @param cache the run's cache (the next frame read stays cached for viewing)
     * @param first the first frame opened
     * @param last the last frame available
     * @param sample frame {@code first}
     * @return seconds between frames, or 0
     */
    public static double seconds(FrameCache cache, int first, int last, Mccd sample) {
        double t0 = mjd(sample);
        if (last > first && !Double.isNaN(t0)) {
            try {
                double t1 = mjd(cache.get(first + 1));
                double dt = (t1 - t0) * SECONDS_PER_DAY;
                if (dt > 0 && Double.isFinite(dt)) {
                    return dt;
                }
            } catch (HipercamException e) {
                // a frame that cannot be read leaves the interval to the exposure time
            }
        }
        double exp = number(firstCcdHead(sample), "EXPTIME");
        if (Double.isNaN(exp)) {
            exp = number(sample.head(), "EXPTIME");
        }
        return exp > 0 ? exp : 0;
    }

    private static double mjd(Mccd frame) {
        return number(firstCcdHead(frame), "MJDUTC");
    }

    private static Header firstCcdHead(Mccd frame) {
        return frame.ccds().isEmpty() ? Header.empty() : frame.ccds().values().iterator().next().head();
    }

    private static double number(Header h, String key) {
        return h.get(key) instanceof Number n ? n.doubleValue() : Double.NaN;
    }
}
