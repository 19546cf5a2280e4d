package io.github.hipercam.ucam.timing;

import static io.github.hipercam.ucam.timing.UcamTimeConstants.EARLIEST_MJD;

import io.github.hipercam.ucam.timing.UcamTimes.Utime;
import java.util.List;

/** The time of one frame from its stamp and the stamps before it. */
final class FrameTime {

    private FrameTime() {
    }

    /**
     * @param setup the run's timing setup
     * @param stamps stamps of a sequence of frames, most recent first
     * @param i index in {@code stamps} of the frame to time
     * @param depth most stamps the mode uses
     * @return the frame's time
     */
    static Utime of(UcamTimingSetup setup, List<GpsStamp> stamps, int i, int depth) {
        GpsStamp current = stamps.get(i);
        ModeTiming mode = ModeTiming.of(setup, current.vclockFrame());
        int n = Math.min(depth, stamps.size() - i);
        double[] mjds = new double[n];
        for (int k = 0; k < n; k++) {
            mjds[k] = stamps.get(i + k).mjd();
        }
        ModeTiming.Centre c = mode.centre(new ModeTiming.Stamps(setup, current, mjds, current.verdict()));
        return clamped(c);
    }

    /**
     * Times before 2000-01-01 predate both instruments: they are set to that
     * date and flagged. Unlike the reference, whose message always shows the
     * clamped value 51544, the reason gives the MJD that was worked out.
     */
    static Utime clamped(ModeTiming.Centre c) {
        if (c.mjd() < EARLIEST_MJD) {
            return new Utime(EARLIEST_MJD, c.expose(), false,
                    "time was pre-2000-01-01 (MJD=" + Math.round(c.mjd()) + ")");
        }
        return new Utime(c.mjd(), c.expose(), c.verdict().good(), c.verdict().reason());
    }
}
