package io.github.hipercam.hcam;

import io.github.hipercam.FormatException;

/**
 * The 36 timing bytes at the end of every HiPERCAM frame, decoded.
 *
 * <p>The camera writes eight little-endian unsigned 32-bit words and two
 * signed bytes (plus two unused bytes). Storing them in the 16-bit FITS cube
 * split them into 16-bit halves, subtracted 32768 from each and wrote them
 * big-endian; {@link #decode} undoes that.
 *
 * @param frameCount the camera's frame counter (0 for the first frame)
 * @param timestampCount the camera's timestamp counter
 * @param year GPS year
 * @param dayOfYear GPS day of year, 1-based
 * @param hour GPS hour
 * @param minute GPS minute
 * @param second GPS second
 * @param nanosecond GPS nanoseconds
 * @param nsats number of satellites, -1 if unknown
 * @param synced 1 if the clock was synchronised, 0 if not, -1 if unknown
 */
public record FrameStamp(long frameCount, long timestampCount, long year, long dayOfYear, long hour,
        long minute, long second, long nanosecond, int nsats, int synced) {

    /** Bytes of timing data at the end of each frame. */
    public static final int BYTES = 36;

    /** MJD used for a timestamp that is not a date (2000-01-01). */
    static final long BAD_MJD = 51544;

    /**
     * @param frame bytes holding the timing data
     * @param end index just past the timing data (the frame's length)
     * @return the decoded words
     */
    public static FrameStamp decode(byte[] frame, int end) {
        if (end < BYTES || end > frame.length) {
            throw new FormatException("timing data needs " + BYTES + " bytes, got " + Math.min(end, frame.length));
        }
        int start = end - BYTES;
        long[] w = new long[8];
        for (int i = 0; i < 8; i++) {
            w[i] = half(frame, start + 4 * i) | (half(frame, start + 4 * i + 2) << 16);
        }
        int last = (int) half(frame, start + 32);
        return new FrameStamp(w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7], (byte) last, (byte) (last >> 8));
    }

    /** One stored 16-bit word with the FITS offset undone. */
    private static long half(byte[] b, int i) {
        return (((b[i] & 0xff) << 8) | (b[i + 1] & 0xff)) ^ 0x8000;
    }

    /** @return the frame number the counter gives, 1-based */
    public long frameNumber() {
        return frameCount + 1;
    }

    /** @return true if year and day make a date the reference accepts */
    public boolean validDate() {
        return year >= 1582;
    }

    /** @return integer MJD of the timestamp ({@value #BAD_MJD} if not a date) */
    public long mjdInt() {
        return validDate() ? Calendar.mjdOfNewYear(year) + dayOfYear - 1 : BAD_MJD;
    }

    /**
     * @return fraction of the day; for a timestamp that is not a date, the
     *     frame number in seconds, as the reference substitutes
     */
    public double mjdFrac() {
        if (!validDate()) {
            return frameNumber() / TimingModel.DAYSEC;
        }
        return (hour + minute / 60.0 + (second + nanosecond / 1e9) / 3600) / 24;
    }

    /** @return false if the GPS was not synchronised, its state unknown, or the date invalid */
    public boolean goodTime() {
        return validDate() && synced != 0 && !(nsats == -1 && synced == -1);
    }

    /** @return the raw timestamp as text, {@code YYYY-MM-DDThh:mm:ss.sssssssss} */
    public String timestamp() {
        return Calendar.timestamp(mjdInt(), mjdFrac());
    }

    /** @return the raw words as the camera sent them, for messages */
    public String raw() {
        return year + ":" + dayOfYear + ":" + hour + ":" + minute + ":" + second + "." + nanosecond;
    }
}
