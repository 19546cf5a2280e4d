package io.github.hipercam.util;

import io.github.hipercam.InvalidArgumentException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Modified Julian Dates (UTC, as the pipeline's {@code MJDUTC}) written as
 * ISO 8601 date-times for FITS {@code DATE-OBS} cards. MJD 40587 is
 * 1970-01-01T00:00:00; leap seconds are not counted, as in the pipeline's
 * MJDs.
 */
public final class MjdTimes {

    /** MJD of 1970-01-01. */
    static final int MJD_OF_EPOCH = 40587;
    /** Microseconds in a day. */
    private static final long MICROS_PER_DAY = 86_400_000_000L;
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS");

    private MjdTimes() {
    }

    /**
     * @param mjd a modified Julian date, UTC
     * @return it as {@code yyyy-MM-ddTHH:mm:ss.ssssss} (no zone: UTC), to the nearest microsecond
     * @throws InvalidArgumentException if mjd is not finite or outside years 1 to 9999
     */
    public static String isoUtc(double mjd) {
        if (!Double.isFinite(mjd) || mjd < -678575 || mjd > 2973483) {
            throw new InvalidArgumentException("MJD " + mjd + " is not a date from year 1 to 9999");
        }
        long day = (long) Math.floor(mjd);
        long micros = Math.round((mjd - day) * MICROS_PER_DAY);
        if (micros >= MICROS_PER_DAY) {
            day++;
            micros -= MICROS_PER_DAY;
        }
        LocalDateTime t = LocalDate.ofEpochDay(day - MJD_OF_EPOCH).atStartOfDay().plusNanos(micros * 1000);
        return ISO.format(t);
    }

    /**
     * @param iso a date-time as {@link #isoUtc} writes it (UTC, any number of decimals)
     * @return its MJD
     */
    public static double mjd(String iso) {
        LocalDateTime t = LocalDateTime.parse(iso.endsWith("Z") ? iso.substring(0, iso.length() - 1) : iso);
        long day = t.toLocalDate().toEpochDay() + MJD_OF_EPOCH;
        return day + t.toLocalTime().toNanoOfDay() / 86_400e9;
    }
}
