package io.github.hipercam.synth;

import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.ucam.timing.TimingBytes;
import io.github.hipercam.ucam.timing.UcamTimeConstants;
import io.github.hipercam.ucam.timing.UcamTimingSetup;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * Writes the timing words at the start of an ULTRACAM or ULTRASPEC frame, in
 * the layout and era conventions that the instrument used for the run's
 * software version (see {@link TimingBytes} for the layouts):
 *
 * <ul>
 * <li>format 2: seconds since 1970 and ticks of 100 ns, the exposure in the
 *     XML's time units and the GPS status bits;</li>
 * <li>format 1, the usual case: the UTC date and the seconds since the start
 *     of the GPS week (Sunday 00:00), with the number of satellites;</li>
 * <li>format 1 without satellites ({@code nsat = -1}): seconds since 2000-01-01;</li>
 * <li>format 1 of the May 2002 run: seconds since Sunday 2002-05-12, wrapped
 *     to one week as the hardware did;</li>
 * <li>format 1 with a {@link DateStyle} that reproduces a known hardware
 *     fault: the date a day late (the "midnight bug"), the year 263 of
 *     September 2002, or no date at all.</li>
 * </ul>
 *
 * The words not listed in the layouts are written as zeros.
 */
public final class UcamTimingWordsWriter {

    private static final long WEEK = 7L * UcamTimeConstants.DSEC;
    private static final long UINT32_MAX = 0xFFFFFFFFL;
    private static final int MJD_OF_EPOCH_DAY_0 = 40587;

    private UcamTimingWordsWriter() {
    }

    /** How a format 1 stamp writes its date. */
    public enum DateStyle {
        /** The true UTC date. */
        TRUE_DATE,
        /** The date of the day before: the hardware's "midnight bug". */
        MIDNIGHT_BUG,
        /** Year written as 263, as happened in September 2002 (needs a September 2002 date). */
        YEAR_263,
        /** No date (year 0): seconds count from Sunday 2002-09-08. */
        NO_DATE
    }

    /**
     * What to write for one frame.
     *
     * @param counter the frame counter to write (normally the frame number)
     * @param utc the GPS time of the stamp
     * @param nsat number of satellites (format 1; -1 means none)
     * @param gpsStatus GPS status bits (format 2)
     * @param blueJunk mark the blue CCD of this frame as junk
     * @param exposeUnits exposure to write in format 2, in the XML's time
     *     units, or -1 for the setup's value
     * @param dateStyle how format 1 writes the date
     */
    public record Stamp(long counter, Instant utc, int nsat, int gpsStatus, boolean blueJunk,
            long exposeUnits, DateStyle dateStyle) {

        /** Checks the ranges. */
        public Stamp {
            Objects.requireNonNull(utc, "utc");
            Objects.requireNonNull(dateStyle, "dateStyle");
            if (counter < 0 || counter > UINT32_MAX) {
                throw new InvalidArgumentException("frame counter " + counter
                        + " does not fit 32 unsigned bits");
            }
        }

        /**
         * A good stamp: 8 satellites, GPS synchronised, true date.
         *
         * @param counter frame counter
         * @param utc GPS time
         * @return the stamp
         */
        public static Stamp of(long counter, Instant utc) {
            return new Stamp(counter, utc, 8, UcamTimeConstants.PCPS_SYNCD, false, -1,
                    DateStyle.TRUE_DATE);
        }

        /** @param n satellites @return a copy with that number of satellites */
        public Stamp withNsat(int n) {
            return new Stamp(counter, utc, n, gpsStatus, blueJunk, exposeUnits, dateStyle);
        }

        /** @param bits GPS status bits @return a copy with those bits */
        public Stamp withGpsStatus(int bits) {
            return new Stamp(counter, utc, nsat, bits, blueJunk, exposeUnits, dateStyle);
        }

        /** @param junk blue junk flag @return a copy with that flag */
        public Stamp withBlueJunk(boolean junk) {
            return new Stamp(counter, utc, nsat, gpsStatus, junk, exposeUnits, dateStyle);
        }

        /** @param units exposure in time units @return a copy writing that exposure */
        public Stamp withExposeUnits(long units) {
            return new Stamp(counter, utc, nsat, gpsStatus, blueJunk, units, dateStyle);
        }

        /** @param style date style @return a copy writing the date that way */
        public Stamp withDateStyle(DateStyle style) {
            return new Stamp(counter, utc, nsat, gpsStatus, blueJunk, exposeUnits, style);
        }
    }

    /**
     * @param setup the run's timing setup (version, instrument, exposure)
     * @param headerwords 16-bit words of timing data per frame
     * @param stamp what to write
     * @return {@code 2 * headerwords} bytes
     * @throws InvalidArgumentException if the words cannot hold the format,
     *     or the time cannot be written in the run's era
     */
    public static byte[] encode(UcamTimingSetup setup, int headerwords, Stamp stamp) {
        int format = TimingBytes.formatOf(setup);
        int need = format == 1 ? TimingBytes.FORMAT1_LENGTH : TimingBytes.FORMAT2_LENGTH;
        if (headerwords < 0 || 2 * headerwords < need) {
            throw new InvalidArgumentException("run " + setup.run() + ": " + headerwords
                    + " header words cannot hold format " + format + " timing ("
                    + need + " bytes)");
        }
        ByteBuffer b = ByteBuffer.allocate(2 * headerwords).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(4, (int) stamp.counter());
        if (format == 1) {
            writeFormat1(setup, b, stamp);
        } else {
            writeFormat2(setup, b, stamp);
        }
        return b.array();
    }

    private static void writeFormat2(UcamTimingSetup setup, ByteBuffer b, Stamp s) {
        long secs = s.utc().getEpochSecond();
        checkUint32(setup, "seconds since 1970", secs);
        long expose = s.exposeUnits() >= 0 ? s.exposeUnits() : Math.round(setup.exposeTime());
        checkUint32(setup, "exposure", expose);
        if (s.blueJunk()) {
            b.put(0, (byte) TimingBytes.BLUE_JUNK_BIT_F2);
        }
        b.putInt(8, (int) expose);
        b.putInt(12, (int) secs);
        b.putInt(16, s.utc().getNano() / 100);
        b.putShort(24, (short) s.gpsStatus());
    }

    private static void writeFormat1(UcamTimingSetup setup, ByteBuffer b, Stamp s) {
        if (s.blueJunk()) {
            b.put(0, (byte) TimingBytes.BLUE_JUNK_BIT_F1);
        }
        long secs;
        if (s.nsat() == -1) {
            secs = secondsSince(s.utc(), UcamTimeConstants.DEFDAT);
        } else if ("MAY2002".equals(setup.whichRun())) {
            secs = may2002Seconds(setup, s.utc());
        } else if (s.dateStyle() == DateStyle.NO_DATE) {
            secs = secondsSince(s.utc(), UcamTimeConstants.SEP2002);
        } else {
            secs = writeDate(setup, b, s);
        }
        checkUint32(setup, "seconds", secs);
        b.putInt(9, (int) secs);
        b.putInt(13, s.utc().getNano());
        b.putShort(21, (short) s.nsat());
    }

    /** Writes day, month and year; returns the seconds since the start of the GPS week. */
    private static long writeDate(UcamTimingSetup setup, ByteBuffer b, Stamp s) {
        LocalDate date = LocalDate.ofInstant(s.utc(), ZoneOffset.UTC);
        long mjd = date.toEpochDay() + MJD_OF_EPOCH_DAY_0;
        long weekStart = mjd - Math.floorMod(mjd - 4, 7);
        long secs = secondsSince(s.utc(), weekStart);
        LocalDate written = s.dateStyle() == DateStyle.MIDNIGHT_BUG ? date.minusDays(1) : date;
        int year = written.getYear();
        if (s.dateStyle() == DateStyle.YEAR_263) {
            if (year != 2002 || written.getMonthValue() != 9) {
                throw new InvalidArgumentException("run " + setup.run()
                        + ": the year 263 fault belongs to September 2002, not " + written);
            }
            year = 263;
        }
        b.put(17, (byte) written.getDayOfMonth());
        b.put(18, (byte) written.getMonthValue());
        b.putShort(19, (short) year);
        return secs;
    }

    /** May 2002 seconds count from Sunday 12 May and wrap after a week. */
    private static long may2002Seconds(UcamTimingSetup setup, Instant utc) {
        long secs = secondsSince(utc, UcamTimeConstants.MAY2002);
        long firstNight = 4L * UcamTimeConstants.DSEC;
        if (secs < firstNight || secs >= firstNight + WEEK) {
            throw new InvalidArgumentException("run " + setup.run() + ": " + utc
                    + " is outside the May 2002 run (16 to 23 May) that its stamps can encode");
        }
        return secs >= WEEK ? secs - WEEK : secs;
    }

    private static long secondsSince(Instant utc, long mjdDay) {
        long epochDay = mjdDay - MJD_OF_EPOCH_DAY_0;
        return utc.getEpochSecond() - epochDay * UcamTimeConstants.DSEC;
    }

    private static void checkUint32(UcamTimingSetup setup, String what, long value) {
        if (value < 0 || value > UINT32_MAX) {
            throw new InvalidArgumentException("run " + setup.run() + ": " + what + " = "
                    + value + " does not fit 32 unsigned bits in the timing words");
        }
    }
}
