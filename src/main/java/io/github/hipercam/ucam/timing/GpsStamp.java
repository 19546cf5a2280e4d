package io.github.hipercam.ucam.timing;

/**
 * What one frame's timing bytes say once decoded and dated: everything of a
 * frame's time that does not depend on the frames around it (apart from the
 * May 2002 ten-second fix, see {@link StampDating}).
 *
 * @param frame frame number (position in the run), 1-based
 * @param bytes the decoded fields
 * @param mjd GPS time of the stamp as MJD, after all era fixes and the
 *     midnight correction (the reference's raw "gps" time)
 * @param midnightCorr the midnight-bug correction was applied
 * @param vclockFrame ULTRACAM vertical clock time, seconds; NaN for ULTRASPEC
 * @param defTstamp the stamp belongs to an era of the default stamping cycle
 * @param verdict what the bytes alone say about the time's quality
 */
record GpsStamp(int frame, TimingBytes bytes, double mjd, boolean midnightCorr,
        double vclockFrame, boolean defTstamp, Verdict verdict) {

    /** @return the frame counter written in the bytes */
    long counter() {
        return bytes.counter();
    }
}
