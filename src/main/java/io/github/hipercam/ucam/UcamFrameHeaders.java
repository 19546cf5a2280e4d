package io.github.hipercam.ucam;

import io.github.hipercam.ucam.timing.UcamTimes;
import io.github.hipercam.FormatException;
import io.github.hipercam.model.Header;
import java.time.LocalDate;

/**
 * The per-frame header items of an ULTRACAM or ULTRASPEC frame, with the
 * keywords, order and comments of the reference: the frame items (RUN,
 * NFRAME, MIDNIGHT, FRAMEERR) and, for each CCD, the time items (TIMSTAMP,
 * MJDINT, MJDFRAC, MJDUTC, EXPTIME, GOODTIME, MJDOKWHY and, for the blue
 * CCD, DSTATUS).
 */
final class UcamFrameHeaders {

    /** MJD of 1970-01-01, the epoch of {@link LocalDate#ofEpochDay}. */
    private static final long MJD_UNIX = 40587;
    /** Range of MJDs that make a four-digit year. */
    private static final double MJD_MIN = -678575;
    private static final double MJD_MAX = 2973483;

    private UcamFrameHeaders() {
    }

    /**
     * @param run the run, for messages and RUN
     * @param nframe frame number
     * @param times the frame's times
     * @return RUN, NFRAME, MIDNIGHT and FRAMEERR
     */
    static Header frameItems(String run, int nframe, UcamTimes times) {
        return Header.builder()
                .set("RUN", run, "run number")
                .set("NFRAME", (long) nframe, "frame number within run")
                .set("MIDNIGHT", times.midnightCorr(), "midnight bug correction applied")
                .set("FRAMEERR", times.frameError(), "problem with frame numbers found")
                .build();
    }

    /**
     * The time items of one CCD.
     *
     * @param name CCDNAME
     * @param stampComment comment of TIMSTAMP (the reference words it differently per CCD)
     * @param t the CCD's time
     * @param stamp {@link #timestamp(double, String)} of the time
     * @param where run and frame, for messages
     * @return a builder holding CCDNAME ... MJDOKWHY
     */
    static Header.Builder ccdItems(String name, String stampComment, UcamTimes.Utime t, String stamp,
            String where) {
        long imjd = wholeDays(t.mjd(), where);
        double fday = t.mjd() - imjd;
        return Header.builder()
                .set("CCDNAME", name, "")
                .set("TIMSTAMP", stamp, stampComment)
                .set("MJDINT", imjd, "Integer part of MJD(UTC), raw timestamp")
                .set("MJDFRAC", fday, "Fractional part of MJD(UTC), raw timestamp")
                .set("MJDUTC", imjd + fday, "MJD(UTC) at centre of exposure")
                .set("EXPTIME", t.expose(), "Exposure time (sec)")
                .set("GOODTIME", t.good(), "flag indicating reliability of time")
                .set("MJDOKWHY", t.reason(), "");
    }

    /**
     * @param mjd an MJD
     * @param where run and frame, for messages
     * @return the timestamp the reference writes, e.g. "2015-06-10T23:58:09.741427358"
     */
    static String timestamp(double mjd, String where) {
        long imjd = wholeDays(mjd, where);
        return timestamp(imjd, mjd - imjd);
    }

    private static long wholeDays(double mjd, String where) {
        if (!(mjd > MJD_MIN && mjd < MJD_MAX)) {
            throw new FormatException(where + ": time MJD = " + mjd + " is outside the calendar"
                    + " (expected " + MJD_MIN + " to " + MJD_MAX + ")");
        }
        return (long) mjd;
    }

    /**
     * Python's {@code "{:4d}-{:02d}-{:02d}T{:02d}:{:02d}:{:012.9f}"} of the
     * date and of hours, minutes and seconds split as {@code fday_to_hms}
     * does, the seconds rounded from their exact binary value.
     */
    private static String timestamp(long imjd, double fday) {
        LocalDate d = LocalDate.ofEpochDay(imjd - MJD_UNIX);
        int hours = (int) (24 * fday);
        int minutes = (int) (60 * (24 * fday - hours));
        double seconds = 86400 * fday - 3600.0 * hours - 60.0 * minutes;
        StringBuilder b = new StringBuilder(29);
        String year = Integer.toString(d.getYear());
        b.append("    ", 0, Math.max(0, 4 - year.length())).append(year);
        two(b.append('-'), d.getMonthValue());
        two(b.append('-'), d.getDayOfMonth());
        two(b.append('T'), hours);
        two(b.append(':'), minutes);
        return b.append(':').append(NineDecimals.of(seconds)).toString();
    }

    private static void two(StringBuilder b, int v) {
        if (v < 10) {
            b.append('0');
        }
        b.append(v);
    }
}
