package io.github.hipercam.hcam;

import java.util.ArrayList;
import java.util.List;

/**
 * The times of one frame: its raw GPS timestamp and, for each CCD, the
 * mid-exposure time, exposure time and flags. Computed from the frame's 36
 * timing bytes alone, so a frame has the same times however it was reached.
 *
 * @param number position of the frame in the run, 1-based
 * @param stamp the decoded timing bytes
 * @param ccds the times of each CCD, in CCD order
 */
public record FrameTimes(int number, FrameStamp stamp, List<CcdTimes> ccds) {

    /** Copies the list. */
    public FrameTimes {
        ccds = List.copyOf(ccds);
    }

    /**
     * The times of one CCD.
     *
     * @param mjdInt integer part of the mid-exposure MJD (UTC)
     * @param mjdFrac fractional part
     * @param exptime exposure time, seconds
     * @param goodTime false if the timestamp is bad or the readout is an NSKIP junk frame
     * @param dataValid false for the junk frames of NSKIP cycles and of the first drift windows
     */
    public record CcdTimes(long mjdInt, double mjdFrac, double exptime, boolean goodTime, boolean dataValid) {
        /** @return mid-exposure MJD (UTC) */
        public double mjd() {
            return mjdInt + mjdFrac;
        }
    }

    /**
     * @param readout the run's readout
     * @param stamp the frame's timing bytes
     * @param number the frame's position in the run
     * @return the times
     */
    public static FrameTimes of(HcamReadout readout, FrameStamp stamp, int number) {
        List<CcdTimes> out = new ArrayList<>(HcamReadout.NCCD);
        long nframe = stamp.frameNumber();
        for (int ccd = 0; ccd < HcamReadout.NCCD; ccd++) {
            int nskip = readout.nskip(ccd);
            TimingModel.CcdTime t = readout.timing().at(nframe, nskip);
            long imjd = stamp.mjdInt();
            double fday = stamp.mjdFrac() + t.tmid();
            if (fday >= 1.0) {
                fday -= 1;
                imjd += 1;
            }
            boolean valid = nframe > readout.driftWindows() && nframe % (nskip + 1) == 0;
            out.add(new CcdTimes(imjd, fday, t.exptime(), t.good() && stamp.goodTime(), valid));
        }
        return new FrameTimes(number, stamp, out);
    }

    /** @return MJD (UTC) of the raw timestamp */
    public double mjd() {
        return stamp.mjdInt() + stamp.mjdFrac();
    }
}
