package io.github.hipercam.ucam.timing;

import io.github.hipercam.FormatException;
import io.github.hipercam.TruncatedDataException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The fields of one frame's timing bytes, decoded but not yet interpreted.
 * Two layouts exist; all numbers are little-endian:
 *
 * <pre>
 * format 1 (versions -1, 70514, 80127)     format 2 (100222 ... 140331)
 *  byte 0      flags, bit 3 = blue junk     byte 0      flags, bit 4 = blue junk
 *  bytes 4-7   frame counter (uint32)       bytes 4-7   frame counter (uint32)
 *  bytes 9-12  seconds (uint32)             bytes 8-11  exposure, time units (uint32)
 *  bytes 13-16 nanoseconds (uint32)         bytes 12-15 seconds since 1970 (uint32)
 *  byte 17     day, 18 month                bytes 16-19 ticks of 100 ns (uint32)
 *  bytes 19-20 year (uint16)                bytes 24-25 GPS status bits (uint16)
 *  bytes 21-22 satellites (int16)
 * </pre>
 *
 * In format 1 an all-ones seconds or nanoseconds word means zero.
 *
 * @param format 1 or 2
 * @param flags the first byte
 * @param counter frame counter
 * @param seconds whole seconds (format 1: seconds of the GPS week in most
 *     eras; format 2: seconds since 1970)
 * @param nanos nanoseconds past {@code seconds} (format 2: ticks times 100)
 * @param day day of month (format 1), else 0
 * @param month month (format 1), else 0
 * @param year year (format 1), else 0
 * @param nsat number of satellites (format 1), else 0
 * @param exposeUnits exposure in the XML's time units (format 2), else 0
 * @param status GPS status bits (format 2), else 0
 */
public record TimingBytes(int format, int flags, long counter, long seconds, long nanos,
        int day, int month, int year, int nsat, long exposeUnits, int status) {

    /** Bytes format 1 needs. */
    public static final int FORMAT1_LENGTH = 23;
    /** Bytes format 2 needs. */
    public static final int FORMAT2_LENGTH = 26;
    /** Flag bit of a junk blue frame in format 1. */
    public static final int BLUE_JUNK_BIT_F1 = 1 << 3;
    /** Flag bit of a junk blue frame in format 2. */
    public static final int BLUE_JUNK_BIT_F2 = 1 << 4;

    private static final long ALL_ONES = 0xFFFFFFFFL;
    private static final int[] FORMAT1_VERSIONS = {-1, 70514, 80127};
    private static final int[] FORMAT2_VERSIONS = {100222, 110921, 111205, 120716, 120813,
        130303, 130317, 130417, 140331};

    /**
     * Which layout a run's timing bytes follow. ULTRASPEC runs without a
     * version use format 2.
     *
     * @param setup the run's timing setup
     * @return 1 or 2
     * @throws FormatException for a version the reference does not know
     */
    public static int formatOf(UcamTimingSetup setup) {
        int v = setup.version();
        if ("ULTRASPEC".equals(setup.instrument()) && v == -1) {
            return 2;
        }
        if (contains(FORMAT1_VERSIONS, v)) {
            return 1;
        }
        if (contains(FORMAT2_VERSIONS, v)) {
            return 2;
        }
        throw new FormatException("run " + setup.run() + ": software version " + v
                + " is unknown, so its timing bytes cannot be decoded (known: "
                + Arrays.toString(FORMAT1_VERSIONS) + " format 1, "
                + Arrays.toString(FORMAT2_VERSIONS) + " format 2)");
    }

    private static boolean contains(int[] versions, int v) {
        for (int k : versions) {
            if (k == v) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param setup the run's timing setup (for the format and messages)
     * @param bytes the frame's timing bytes
     * @param frame frame number, for messages
     * @return the decoded fields
     * @throws TruncatedDataException if there are too few bytes for the format
     */
    public static TimingBytes decode(UcamTimingSetup setup, byte[] bytes, int frame) {
        int format = formatOf(setup);
        int need = format == 1 ? FORMAT1_LENGTH : FORMAT2_LENGTH;
        if (bytes == null || bytes.length < need) {
            throw new TruncatedDataException("run " + setup.run() + ", frame " + frame
                    + ": timing bytes of format " + format + " need at least " + need
                    + " bytes, got " + (bytes == null ? 0 : bytes.length));
        }
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        return format == 1 ? decode1(b) : decode2(b);
    }

    private static TimingBytes decode1(ByteBuffer b) {
        long secs = u32(b, 9);
        long nanos = u32(b, 13);
        return new TimingBytes(1, b.get(0) & 0xFF, u32(b, 4),
                secs == ALL_ONES ? 0 : secs, nanos == ALL_ONES ? 0 : nanos,
                b.get(17) & 0xFF, b.get(18) & 0xFF, b.getShort(19) & 0xFFFF,
                b.getShort(21), 0, 0);
    }

    private static TimingBytes decode2(ByteBuffer b) {
        return new TimingBytes(2, b.get(0) & 0xFF, u32(b, 4), u32(b, 12), 100 * u32(b, 16),
                0, 0, 0, 0, u32(b, 8), b.getShort(24) & 0xFFFF);
    }

    private static long u32(ByteBuffer b, int at) {
        return b.getInt(at) & ALL_ONES;
    }

    /**
     * @return whether the flags mark the blue CCD of this frame as junk
     *     (only meaningful when the run co-adds blue frames, nblue &gt; 1)
     */
    public boolean blueJunkFlag() {
        int bit = format == 1 ? BLUE_JUNK_BIT_F1 : BLUE_JUNK_BIT_F2;
        return (flags & bit) != 0;
    }
}
