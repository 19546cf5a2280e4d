package io.github.hipercam.ucam.timing;

import java.time.LocalDate;

/**
 * Fixed numbers of ULTRACAM and ULTRASPEC timing: the dates of hardware and
 * software changes (as MJD day numbers), the clocking times of the detectors
 * and the status bits of the Meinberg GPS card. The values are the reference
 * pipeline's; the names say what each one is for.
 */
public final class UcamTimeConstants {

    /** Seconds in a day. */
    public static final int DSEC = 86400;

    /** MJD of the Unix epoch, 1970-01-01: format 2 stamps count seconds from it. */
    public static final int UNIX = mjd(1970, 1, 1);
    /** MJD of 2000-01-01: stamps without satellites count from it. */
    public static final int DEFDAT = mjd(2000, 1, 1);
    /** MJD of 2002-05-16, the first night of ULTRACAM data. */
    public static final int FIRST = mjd(2002, 5, 16);
    /** MJD of Sunday 2002-05-12: May 2002 stamps count seconds from it. */
    public static final int MAY2002 = mjd(2002, 5, 12);
    /** MJD of Sunday 2002-09-08: stamps of September 2002 count weeks from it. */
    public static final int SEP2002 = mjd(2002, 9, 8);
    /** MJD of 2003-08-01: the time-stamp moved within the readout cycle. */
    public static final int TSTAMP_CHANGE1 = mjd(2003, 8, 1);
    /** MJD of 2005-01-01: the time-stamp moved back to the default place. */
    public static final int TSTAMP_CHANGE2 = mjd(2005, 1, 1);
    /** MJD of 2010-03-01: the time-stamp moved again. */
    public static final int TSTAMP_CHANGE3 = mjd(2010, 3, 1);
    /** MJD of 2011-09-21: ULTRASPEC's frame-transfer time changed. */
    public static final int USPEC_CHANGE = mjd(2011, 9, 21);
    /** Earliest believable mid-exposure MJD (2000-01-01); earlier times are clamped to it. */
    public static final double EARLIEST_MJD = 51544.0;

    /** ULTRACAM delay on inverting the clocks, microseconds. */
    public static final double INVERSION_DELAY = 110.0;
    /** ULTRACAM horizontal clock, microseconds per pixel. */
    public static final double HCLOCK = 0.48;
    /** ULTRACAM correlated double sampling time at speed "fdd", microseconds. */
    public static final double CDS_TIME_FDD = 2.2;
    /** ULTRACAM correlated double sampling time at speed "fbb", microseconds. */
    public static final double CDS_TIME_FBB = 4.4;
    /** ULTRACAM correlated double sampling time at speed "cdd", microseconds. */
    public static final double CDS_TIME_CDD = 10.0;
    /** ULTRACAM video switch time, microseconds. */
    public static final double SWITCH_TIME = 1.2;

    /** ULTRASPEC frame transfer per row in drift mode, seconds. */
    public static final double USPEC_FT_ROW = 14.4e-6;
    /** ULTRASPEC frame transfer offset in drift mode, seconds. */
    public static final double USPEC_FT_OFF = 49.0e-6;
    /** ULTRASPEC clear time, seconds. */
    public static final double USPEC_CLR_TIME = 0.0309516;
    /** ULTRASPEC frame-transfer time before {@link #USPEC_CHANGE}, seconds. */
    public static final double USPEC_FT_TIME_EARLY = 0.0067196;
    /** ULTRASPEC frame-transfer time from {@link #USPEC_CHANGE} on, seconds. */
    public static final double USPEC_FT_TIME_LATE = 0.0149818;

    /** GPS status: running on its crystal, position not verified. */
    public static final int PCPS_FREER = 0x01;
    /** GPS status: daylight saving enabled. */
    public static final int PCPS_DL_ENB = 0x02;
    /** GPS status: synchronised at least once since power-up. */
    public static final int PCPS_SYNCD = 0x04;
    /** GPS status: a change of daylight saving is announced. */
    public static final int PCPS_DL_ANN = 0x08;
    /** GPS status: UTC firmware installed. */
    public static final int PCPS_UTC = 0x10;
    /** GPS status: leap second announced. */
    public static final int PCPS_LS_ANN = 0x20;
    /** GPS status: time set from the PC. */
    public static final int PCPS_IFTM = 0x40;
    /** GPS status: time invalid because the battery was disconnected. */
    public static final int PCPS_INVT = 0x80;
    /** GPS status: the current second is a leap second. */
    public static final int PCPS_LS_ENB = 0x0100;
    /** GPS status: antenna failure. */
    public static final int PCPS_ANT_FAIL = 0x0200;
    /** GPS status: events came too close together. */
    public static final int PCPS_UCAP_OVERRUN = 0x2000;
    /** GPS status: events were read too slowly. */
    public static final int PCPS_UCAP_BUFFER_FULL = 0x4000;
    /** GPS status: access to the microprocessor blocked. */
    public static final int PCPS_IO_BLOCKED = 0x8000;

    private UcamTimeConstants() {
    }

    /**
     * @param year year
     * @param month month, 1 to 12
     * @param day day of month
     * @return the Modified Julian Day number of that date
     */
    public static int mjd(int year, int month, int day) {
        return Math.toIntExact(LocalDate.of(year, month, day).toEpochDay()) + 40587;
    }
}
