package io.github.hipercam.ucam;

import io.github.hipercam.ucam.timing.UcamTimes;
import io.github.hipercam.FormatException;
import io.github.hipercam.model.HeaderTemplate;
import java.time.LocalDate;

/**
 * The per-frame header items of an ULTRACAM or ULTRASPEC frame, with the
 * keywords, order and comments of the reference: the frame items (RUN,
 * NFRAME, MIDNIGHT, FRAMEERR) and, for each CCD, the time items (TIMSTAMP,
 * MJDINT, MJDFRAC, MJDUTC, EXPTIME, GOODTIME, MJDOKWHY and, for the blue
 * CCD, DSTATUS), as slots of a run's {@link HeaderTemplate} and the values
 * that fill them for each frame.
 */
final class UcamFrameHeaders {

    /** Values of the slots {@link #ccdSlots} adds. */
    static final int CCD_VALUES = 7;
    /** Values of the slots {@link #frameSlots} adds. */
    static final int FRAME_VALUES = 3;

    /** MJD of 1970-01-01, the epoch of {@link LocalDate#ofEpochDay}. */
    private static final long MJD_UNIX = 40587;
    /** Range of MJDs that make a four-digit year. */
    private static final double MJD_MIN = -678575;
    private static final double MJD_MAX = 2973483;

    private UcamFrameHeaders() {
    }

    /**
     * Adds RUN and the slots of NFRAME, MIDNIGHT and FRAMEERR, whose values {@link #frameValues} gives.
     *
     * @param b the template
     * @param run the run's name, RUN
     * @return the template
     */
    static HeaderTemplate.Builder frameSlots(HeaderTemplate.Builder b, String run) {
        return b.set("RUN", run, "run number")
                .slot("NFRAME", "frame number within run")
                .slot("MIDNIGHT", "midnight bug correction applied")
                .slot("FRAMEERR", "problem with frame numbers found");
    }

    /**
     * Writes NFRAME, MIDNIGHT and FRAMEERR into {@code out} from {@code at}.
     *
     * @param nframe frame number
     * @param times the frame's times
     * @param out the values of a template's slots
     * @param at index in out of NFRAME's value
     */
    static void frameValues(int nframe, UcamTimes times, Object[] out, int at) {
        out[at] = (long) nframe;
        out[at + 1] = times.midnightCorr();
        out[at + 2] = times.frameError();
    }

    /**
     * Adds CCDNAME and the slots of the time items of one CCD, TIMSTAMP to
     * MJDOKWHY, whose values {@link #ccdValues} gives.
     *
     * @param b the template
     * @param name CCDNAME
     * @param stampComment comment of TIMSTAMP (the reference words it differently per CCD)
     * @return the template
     */
    static HeaderTemplate.Builder ccdSlots(HeaderTemplate.Builder b, String name, String stampComment) {
        return b.set("CCDNAME", name, "")
                .slot("TIMSTAMP", stampComment)
                .slot("MJDINT", "Integer part of MJD(UTC), raw timestamp")
                .slot("MJDFRAC", "Fractional part of MJD(UTC), raw timestamp")
                .slot("MJDUTC", "MJD(UTC) at centre of exposure")
                .slot("EXPTIME", "Exposure time (sec)")
                .slot("GOODTIME", "flag indicating reliability of time")
                .slot("MJDOKWHY", "");
    }

    /**
     * Writes the time items of one CCD into {@code out} from {@code at}.
     *
     * @param t the CCD's time
     * @param stamp {@link #timestamp(double, String)} of the time
     * @param where run and frame, for messages
     * @param out the values of a template's slots
     * @param at index in out of TIMSTAMP's value
     */
    static void ccdValues(UcamTimes.Utime t, String stamp, String where, Object[] out, int at) {
        long imjd = wholeDays(t.mjd(), where);
        double fday = t.mjd() - imjd;
        out[at] = stamp;
        out[at + 1] = imjd;
        out[at + 2] = fday;
        out[at + 3] = imjd + fday;
        out[at + 4] = t.expose();
        out[at + 5] = t.good();
        out[at + 6] = t.reason();
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
