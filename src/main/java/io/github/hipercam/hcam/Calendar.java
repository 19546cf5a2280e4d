package io.github.hipercam.hcam;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Dates as the reference pipeline computes them (Duffett-Smith's
 * algorithms), reproduced operation by operation so that every digit of
 * {@code TIMSTAMP} and every bit of the MJDs agree.
 */
final class Calendar {

    private Calendar() {
    }

    /**
     * @param year Gregorian year, at least 1582
     * @return the MJD of 1 January of that year
     */
    static long mjdOfNewYear(long year) {
        long y = year - 1;
        long a = y / 100;
        long b = 2 - a + a / 4;
        long c = (long) (365.25 * y);
        long d = (long) (30.6001 * 14);
        return b + c + d - 679006 + 1;
    }

    /**
     * @param mjd a day number
     * @return {year, month, day}
     */
    static long[] gregorian(long mjd) {
        long jd = mjd + 2400001;
        long a = jd > 2299160 ? (long) ((jd - 1867216.25) / 36524.25) : jd;
        long b = jd + 1 + a - Math.floorDiv(a, 4);
        long c = b + 1524;
        long d = (long) ((c - 122.1) / 365.25);
        long e = (long) (365.25 * d);
        long g = (long) ((c - e) / 30.6001);
        long day = c - e - (long) (30.6001 * g);
        long month = g < 13.5 ? g - 1 : g - 13;
        long year = month > 2.5 ? d - 4716 : d - 4715;
        return new long[] {year, month, day};
    }

    /**
     * The raw timestamp as the reference writes it,
     * {@code YYYY-MM-DDThh:mm:ss.sssssssss}.
     *
     * @param imjd integer MJD
     * @param fday fraction of the day
     * @return the text
     */
    static String timestamp(long imjd, double fday) {
        long[] ymd = gregorian(imjd);
        long hours = (long) (24 * fday);
        long minutes = (long) (60 * (24 * fday - hours));
        double seconds = 86400 * fday - 3600 * hours - 60 * minutes;
        StringBuilder sb = new StringBuilder(29);
        pad(sb, ymd[0], 4, ' ');
        pad(sb.append('-'), ymd[1], 2, '0');
        pad(sb.append('-'), ymd[2], 2, '0');
        pad(sb.append('T'), hours, 2, '0');
        pad(sb.append(':'), minutes, 2, '0');
        return sb.append(':').append(fixed(seconds, 12, 9)).toString();
    }

    /** Python's {@code format(v, 'Wd')} / {@code '0Wd'}: right-aligned, sign before zero padding. */
    private static void pad(StringBuilder sb, long v, int width, char fill) {
        String digits = Long.toString(Math.abs(v));
        int len = digits.length() + (v < 0 ? 1 : 0);
        if (v < 0 && fill == '0') {
            sb.append('-');
        }
        for (int i = len; i < width; i++) {
            sb.append(fill);
        }
        if (v < 0 && fill != '0') {
            sb.append('-');
        }
        sb.append(digits);
    }

    /**
     * Python's {@code format(x, '0W.Pf')}: exact binary value rounded half to
     * even, zero-padded after the sign.
     */
    static String fixed(double x, int width, int places) {
        boolean negative = x < 0 || (x == 0 && 1 / x < 0);
        String digits = plain(Math.abs(x), places);
        StringBuilder sb = new StringBuilder(negative ? "-" : "");
        for (int i = digits.length() + sb.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(digits).toString();
    }

    /**
     * The exact decimal value of {@code x >= 0} rounded half to even. Values
     * whose scaled fraction is clearly away from one half are rounded in
     * double arithmetic (the product's error is far below the margin); the
     * rest go through BigDecimal.
     */
    private static String plain(double x, int places) {
        double scale = Math.pow(10, places);
        double scaled = x * scale;
        double frac = scaled - Math.floor(scaled);
        if (places == 0 || scaled >= 1e15 || Math.abs(frac - 0.5) < 1e-3) {
            return new BigDecimal(x).setScale(places, RoundingMode.HALF_EVEN).toPlainString();
        }
        long units = Math.round(scaled);
        long unit = (long) scale;
        String f = Long.toString(units % unit);
        StringBuilder sb = new StringBuilder().append(units / unit).append('.');
        for (int i = f.length(); i < places; i++) {
            sb.append('0');
        }
        return sb.append(f).toString();
    }
}
