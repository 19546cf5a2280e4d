package io.github.hipercam.ucam.timing;

/**
 * The times of one ULTRACAM or ULTRASPEC frame, as the reference's
 * {@code utimer} returns them: the time of the frame, the time of the blue
 * CCD (different when {@code nblue > 1}), and the extras of its info dictionary.
 *
 * @param time mid-exposure time of the frame
 * @param blue mid-exposure time of the blue CCD (equal to {@code time} unless
 *     ULTRACAM with nblue &gt; 1)
 * @param badBlue true when the blue CCD of this frame is junk (nblue &gt; 1)
 * @param nsat number of satellites, or -1 where the format does not give it
 * @param format timing-byte format, 1 or 2
 * @param vclockFrame vertical clocking time of a whole frame, seconds (ULTRACAM)
 * @param whichRun "MAY2002" or ""
 * @param defTstamp whether the default time-stamping cycle was thought to apply
 * @param gps the raw GPS time of the frame, MJD, no corrections
 * @param frameError the frame counter in the bytes differed from the frame number
 * @param midnightCorr the midnight-bug correction was applied
 * @param fnum the frame number the time was worked out for
 */
public record UcamTimes(Utime time, Utime blue, boolean badBlue, int nsat, int format,
        double vclockFrame, String whichRun, boolean defTstamp, double gps, boolean frameError,
        boolean midnightCorr, int fnum) {

    /**
     * One time.
     *
     * @param mjd mid-exposure MJD (UTC)
     * @param expose exposure time, seconds
     * @param good whether the time can be trusted
     * @param reason why it cannot, or "" when good
     */
    public record Utime(double mjd, double expose, boolean good, String reason) {
    }
}
