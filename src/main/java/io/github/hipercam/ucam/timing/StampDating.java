package io.github.hipercam.ucam.timing;

import static io.github.hipercam.ucam.timing.UcamTimeConstants.DEFDAT;
import static io.github.hipercam.ucam.timing.UcamTimeConstants.DSEC;
import static io.github.hipercam.ucam.timing.UcamTimeConstants.MAY2002;
import static io.github.hipercam.ucam.timing.UcamTimeConstants.PCPS_ANT_FAIL;
import static io.github.hipercam.ucam.timing.UcamTimeConstants.PCPS_FREER;
import static io.github.hipercam.ucam.timing.UcamTimeConstants.PCPS_INVT;
import static io.github.hipercam.ucam.timing.UcamTimeConstants.PCPS_SYNCD;
import static io.github.hipercam.ucam.timing.UcamTimeConstants.SEP2002;
import static io.github.hipercam.ucam.timing.UcamTimeConstants.TSTAMP_CHANGE1;
import static io.github.hipercam.ucam.timing.UcamTimeConstants.TSTAMP_CHANGE2;
import static io.github.hipercam.ucam.timing.UcamTimeConstants.TSTAMP_CHANGE3;
import static io.github.hipercam.ucam.timing.UcamTimeConstants.UNIX;

import io.github.hipercam.FormatException;
import java.time.DateTimeException;

/**
 * Turns one frame's decoded timing bytes into a GPS time (MJD), with the fixes
 * for each era of the hardware:
 *
 * <ul>
 * <li>format 2: seconds since 1970;</li>
 * <li>format 1 without satellites: seconds since 2000-01-01, and a bad time;</li>
 * <li>format 1 of the May 2002 run: seconds since 12 May 2002, a week added
 *     for nights past the end of the week, and 10 s added when the stamp runs
 *     backwards against the frame before (the only fix that needs another
 *     frame);</li>
 * <li>format 1 of September 2002: the year 263 fault, and weeks counted from
 *     8 September when the date cannot be trusted;</li>
 * <li>format 1 otherwise: the date plus the seconds of the day;</li>
 * <li>the "midnight bug", where the date lagged the seconds of the week by
 *     one day, detected from the day of the week and corrected.</li>
 * </ul>
 * It also gives ULTRACAM's vertical clock time, which depends on the era.
 */
final class StampDating {

    private StampDating() {
    }

    /**
     * @param setup the run's timing setup
     * @param tb the frame's decoded bytes
     * @param frame the frame's number, for messages
     * @param previousMjd the dated stamp of the frame before in the same
     *     unbroken sequence, or NaN if there is none (used only in May 2002)
     * @return the dated stamp
     */
    static GpsStamp date(UcamTimingSetup setup, TimingBytes tb, int frame, double previousMjd) {
        Verdict verdict = bytesVerdict(setup, tb);
        boolean ultracam = "ULTRACAM".equals(setup.instrument());
        double mjd;
        double vclock = Double.NaN;
        if (tb.format() == 1 && tb.nsat() == -1) {
            verdict = Verdict.bad("no satellites.");
            mjd = offsetMjd(DEFDAT, tb);
            if (ultracam) {
                vclock = vclockLate(setup.vFtClk());
            }
        } else if (tb.format() == 1 && "MAY2002".equals(setup.whichRun())) {
            mjd = may2002(tb, previousMjd);
            vclock = mjd < MAY2002 + 5.5 ? 10.0e-6 : 24.46e-6;
        } else {
            mjd = tb.format() == 1 ? datedFormat1(setup, tb, frame) : offsetMjd(UNIX, tb);
            if (ultracam) {
                vclock = mjd > TSTAMP_CHANGE1 ? vclockLate(setup.vFtClk()) : vclockEarly(setup.vFtClk());
            }
        }
        boolean midnight = midnightBug(mjd, tb.seconds());
        if (midnight) {
            mjd += 1;
        }
        boolean def = mjd < TSTAMP_CHANGE1 || (mjd > TSTAMP_CHANGE2 && mjd < TSTAMP_CHANGE3);
        return new GpsStamp(frame, tb, mjd, midnight, vclock, def, verdict);
    }

    /** What the satellites (format 1) or the exposure and GPS status bits (format 2) say. */
    static Verdict bytesVerdict(UcamTimingSetup setup, TimingBytes tb) {
        if (tb.format() == 1) {
            return tb.nsat() <= 2 ? Verdict.bad("too few satellites (" + tb.nsat() + ")") : Verdict.GOOD;
        }
        Verdict v = Verdict.GOOD;
        if (tb.exposeUnits() * setup.timeUnits() != setup.exposeTime() * setup.timeUnits()) {
            v = Verdict.bad("XML expose time does not match time in timing bytes.");
        }
        int s = tb.status();
        if ((s & PCPS_ANT_FAIL) != 0) {
            v = v.failIfGood("GPS antenna failed");
        }
        if ((s & PCPS_INVT) != 0) {
            v = v.failIfGood("GPS battery disconnected");
        }
        if ((s & PCPS_SYNCD) == 0) {
            v = v.failIfGood("GPS clock not yet synced since power up");
        }
        if ((s & PCPS_FREER) != 0) {
            v = v.failIfGood("GPS receiver has not verified its position");
        }
        return v;
    }

    /** The date lagged the seconds of the week by a day when their days of the week agree so. */
    static boolean midnightBug(double mjd, long seconds) {
        return Math.floorMod((long) (mjd - 3), 7) == (seconds / DSEC) % 7;
    }

    private static double may2002(TimingBytes tb, double previousMjd) {
        double mjd = offsetMjd(MAY2002, tb);
        if (mjd < MAY2002 + 4) {
            mjd += 7;
        }
        if (!Double.isNaN(previousMjd) && mjd < previousMjd) {
            mjd += 10.0 / DSEC;
        }
        return mjd;
    }

    private static double datedFormat1(UcamTimingSetup setup, TimingBytes tb, int frame) {
        int day = tb.day();
        int month = tb.month();
        int year = tb.year();
        if (month == 9 && year == 263) {
            year = 2002;
        }
        if (year < 2002) {
            return offsetMjd(SEP2002, tb);
        }
        int date = dateMjd(setup, frame, year, month, day);
        if (month == 9 && year == 2002) {
            int tdiff = date - SEP2002;
            int nweek = Math.floorDiv(tdiff, 7);
            int days = tdiff - 7 * nweek;
            if (days > 3 && tb.seconds() < 2L * DSEC) {
                nweek += 1;
            } else if (days <= 3 && tb.seconds() > 5L * DSEC) {
                nweek -= 1;
            }
            return offsetMjd(SEP2002 + 7 * nweek, tb);
        }
        return date + secondsToDays(tb.seconds() % DSEC, tb.nanos());
    }

    private static int dateMjd(UcamTimingSetup setup, int frame, int year, int month, int day) {
        try {
            return UcamTimeConstants.mjd(year, month, day);
        } catch (DateTimeException e) {
            throw new FormatException("run " + setup.run() + ", frame " + frame
                    + ": timing bytes hold an impossible date, day " + day + " month " + month
                    + " year " + year, e);
        }
    }

    private static double offsetMjd(int offset, TimingBytes tb) {
        return offset + secondsToDays(tb.seconds(), tb.nanos());
    }

    private static double secondsToDays(long seconds, long nanos) {
        return (seconds + nanos / 1.0e9) / DSEC;
    }

    /** Vertical clock time from August 2003 on (and for stamps without satellites), seconds. */
    static double vclockLate(int vFtClk) {
        return vFtClk > 127 ? 6.0e-9 * (40 + 320 * (vFtClk - 128)) : 6.0e-9 * (40 + 40 * vFtClk);
    }

    /** Vertical clock time before August 2003, seconds. */
    static double vclockEarly(int vFtClk) {
        return vFtClk > 127 ? 6.0e-9 * (80 + 160 * (vFtClk - 128)) : 6.0e-9 * (80 + 20 * vFtClk);
    }
}
