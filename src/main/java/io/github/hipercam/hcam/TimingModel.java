package io.github.hipercam.hcam;

import io.github.hipercam.model.Header;

/**
 * The constants that turn a frame's GPS timestamp into the mid-exposure time
 * and exposure time of each CCD, worked out once from the header. All are in
 * seconds:
 *
 * @param toff1 offset from the timestamp to mid-exposure, first frame of a CCD
 * @param toff2 the same for every later frame
 * @param toff3 constant part of the exposure time, first frame
 * @param toff4 the same for every later frame
 * @param tdelta time added per skipped readout (NSKIP)
 * @param tdead dead time between exposures
 */
public record TimingModel(double toff1, double toff2, double toff3, double toff4, double tdelta,
        double tdead) {

    /** Seconds in a day. */
    static final double DAYSEC = 86400.0;

    /**
     * The timing of one CCD in one frame.
     *
     * @param tmid offset from the raw timestamp to mid-exposure, in days
     * @param exptime exposure time in seconds
     * @param good false for a junk readout of an NSKIP cycle
     */
    public record CcdTime(double tmid, double exptime, boolean good) {
    }

    /**
     * Chooses the formulas of clear mode, drift mode or the no-clear modes
     * (clear takes precedence, as on the instrument).
     *
     * @param h the run's header
     * @param where file name for messages
     * @param clear clears between exposures
     * @param drift drift mode
     * @param ndwins windows in the drift pipeline
     * @return the constants
     */
    static TimingModel of(Header h, String where, boolean clear, boolean drift, int ndwins) {
        double e = h.requireDouble(HcamKey.TDELAY.item(), where);
        if (clear) {
            double w = h.requireDouble(HcamKey.TCLEAR.item(), where);
            double fr = h.requireDouble(HcamKey.TREAD.item(), where);
            double half = 1.0e-3 * e / 2.0;
            return new TimingModel(half, half, 1.0e-3 * e, 1.0e-3 * e, 1e-3 * (fr + w + e), 1.0e-3 * (fr + w));
        }
        if (drift) {
            double ld = h.requireDouble(HcamKey.DRIFT_LINEDUMP.item(), where);
            double ls = h.requireDouble(HcamKey.DRIFT_LINESHIFT.item(), where);
            double r = h.requireDouble(HcamKey.TREAD.item(), where);
            double off = 1.0e-3 * (e + ls + (e + ld + r) / 2.0 - ndwins * (e + r + ls + ld));
            double exp = 1.0e-3 * (e + r + ld);
            return new TimingModel(off, off, exp, exp, 0.0, 1.0e-3 * ls);
        }
        double fr = h.requireDouble(HcamKey.TREAD.item(), where);
        double f = h.requireDouble(HcamKey.TFT.item(), where);
        double r = fr - f;
        return new TimingModel(1.0e-3 * e / 2.0, 1.0e-3 * (e - r) / 2.0, 1.0e-3 * e, 1.0e-3 * (r + e),
                1.0e-3 * (fr + e), 1.0e-3 * f);
    }

    /**
     * The timing of a CCD read every {@code nskip + 1} frames. Its first
     * exposure (frame {@code nskip + 1}) started at the beginning of the run,
     * so it uses the first-frame constants.
     *
     * @param frameNumber frame number from the frame's own counter, 1-based
     * @param nskip the CCD's NSKIP
     * @return offset to mid-exposure, exposure time and whether the readout holds data
     */
    public CcdTime at(long frameNumber, int nskip) {
        boolean good = frameNumber % (nskip + 1) == 0;
        if (frameNumber == nskip + 1) {
            return new CcdTime((toff1 - tdelta * nskip / 2) / DAYSEC, tdelta * nskip + toff3, good);
        }
        return new CcdTime((toff2 - tdelta * nskip / 2) / DAYSEC, tdelta * nskip + toff4, good);
    }
}
