package io.github.hipercam.ucam.timing;

import static io.github.hipercam.ucam.timing.UcamTimeConstants.DSEC;

import io.github.hipercam.ucam.timing.UcamTimes.Utime;
import java.util.List;

/**
 * ULTRACAM's blue CCD when it co-adds {@code nblue} exposures: only one frame
 * in {@code nblue} carries good blue data, and its exposure spans those of the
 * {@code nblue} frames that contributed, from the start of the earliest to the
 * end of this one. Frames flagged as junk keep the frame's own time. When the
 * sequence holds fewer than {@code nblue} frames the exposure is scaled up and
 * the time flagged as bad.
 */
final class BlueTime {

    private BlueTime() {
    }

    /** @param setup the run's timing setup @return whether the blue CCD co-adds frames */
    static boolean coadded(UcamTimingSetup setup) {
        return "ULTRACAM".equals(setup.instrument()) && setup.nblue() > 1;
    }

    /**
     * @param setup the run's timing setup
     * @param stamps stamps of this frame and those before it in its sequence
     * @param depth stamps the mode uses per frame
     * @param time this frame's time
     * @param badBlue this frame's blue data is junk
     * @return the blue CCD's time
     */
    static Utime of(UcamTimingSetup setup, List<GpsStamp> stamps, int depth, Utime time,
            boolean badBlue) {
        if (!coadded(setup) || badBlue) {
            return time;
        }
        int nblue = setup.nblue();
        int ncont = Math.min(nblue, stamps.size());
        Utime first = ncont == 1 ? time : FrameTime.of(setup, stamps, ncont - 1, depth);
        double start = first.mjd() - first.expose() / 2.0 / DSEC;
        double end = time.mjd() + time.expose() / 2.0 / DSEC;
        double expose = DSEC * (end - start);
        if (ncont != nblue) {
            expose *= nblue / (double) ncont;
            start = end - expose / DSEC;
            return new Utime((start + end) / 2.0, expose, false, "not all contributing frames found");
        }
        boolean ok = time.good() && first.good();
        return new Utime((start + end) / 2.0, expose, ok,
                ok ? "" : "time of start or end frame was unreliable");
    }
}
