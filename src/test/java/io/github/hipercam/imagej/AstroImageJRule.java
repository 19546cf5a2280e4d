package io.github.hipercam.imagej;

import java.util.Arrays;

/**
 * How AstroImageJ reads the time of a slice, reimplemented for tests (no
 * AstroImageJ code is copied or run). Read from the AstroImageJ repository
 * (github.com/AstroImageJ/astroimagej, commit 6b307a63, {@code Astronomy_/src/main/java/astroj/}):
 *
 * <ul>
 *   <li>{@code FitsJ.getHeaderString(imp, slice)}: the slice label of a stack
 *       (the "Info" property of a single image);</li>
 *   <li>{@code FitsJ.getHeader(String)}: the lines after the first line that
 *       starts with {@code AIJ-HEADER-MARKER}, up to the first line that is
 *       {@code END} (since commit d111d073, June 2023); before that, the lines
 *       from the first that starts with {@code SIMPLE} to {@code END}
 *       ({@link #headerBefore2023});</li>
 *   <li>{@code FitsJ.findCardWithKey}: the first card whose text before the
 *       first {@code '='}, trimmed, is the key; {@code getDateObs} and
 *       {@code getTimeObs} take a card only at index &gt; 0;</li>
 *   <li>{@code FitsJ.getJD}: the date-time of {@code DATE-OBS} (or DATEOBS,
 *       DATE_OBS, UT_DATE, SHUTOPEN) if it has a 'T' after index 7 and a '-'
 *       at index 4, parsed by {@code JulianDate.JD(String)}, which keeps whole
 *       milliseconds (seconds rounded, then the millisecond offset truncated
 *       toward zero); else {@code JD-OBS}, {@code JD}, {@code MJD-OBS} + 2400000.5,
 *       {@code MJD} + 2400000.5;</li>
 *   <li>{@code FitsJ.getExposureTime}: {@code TELAPSE}, {@code EXPTIME},
 *       {@code EXPOSURE} or {@code EXP_TIME}, in days if the comment says [d];</li>
 *   <li>{@code FitsJ.getMeanJD} = JD + EXPTIME / 2 (in days): what
 *       Multi-Aperture writes as {@code JD_UTC} ({@code Aperture_.measureAperture}:
 *       {@code getMeanMJD} + 2400000).</li>
 * </ul>
 */
public final class AstroImageJRule {

    public static final String MARKER = "AIJ-HEADER-MARKER";

    private AstroImageJRule() {
    }

    /** @return the cards after the marker up to END, or null (AstroImageJ from June 2023) */
    public static String[] header(String content) {
        String[] lines = content.split("\n");
        int start = 0;
        while (start < lines.length && !lines[start].trim().startsWith(MARKER)) {
            start++;
        }
        if (start == lines.length) {
            return null;
        }
        start++;
        return upToEnd(lines, start, start + 1);
    }

    /** @return the cards from SIMPLE to END, or null (AstroImageJ before June 2023) */
    public static String[] headerBefore2023(String content) {
        String[] lines = content.split("\n");
        int start = 0;
        while (start < lines.length && !lines[start].trim().startsWith("SIMPLE")) {
            start++;
        }
        if (start == lines.length) {
            return null;
        }
        return upToEnd(lines, start, start + 1);
    }

    private static String[] upToEnd(String[] lines, int start, int from) {
        int end = from;
        while (end < lines.length) {
            String s = lines[end].trim();
            if (s.equals("END") || s.startsWith("END ")) {
                break;
            }
            end++;
        }
        return end >= lines.length ? null : Arrays.copyOfRange(lines, start, end + 1);
    }

    public static int find(String key, String[] cards) {
        for (int i = 0; i < cards.length; i++) {
            if (cards[i].trim().split("=")[0].trim().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** FitsJ.getCardValue: the quoted value with its quotes, else the text between '=' and '/'. */
    public static String value(String card) {
        int eq = card.indexOf('=');
        if (eq < 0) {
            return null;
        }
        int q1 = card.indexOf('\'');
        int q2 = q1 >= 0 ? card.indexOf('\'', q1 + 1) : -1;
        while (q2 > 0 && q2 + 1 < card.length() && card.charAt(q2 + 1) == '\'') {
            q2 = card.indexOf('\'', q2 + 1);
        }
        if (q2 < 0) {
            q1 = -1;
        }
        int slash = card.indexOf('/');
        if (slash < 0) {
            return q2 > 0 ? card.substring(q1, q2 + 1) : card.substring(eq + 1).trim();
        }
        if (q1 > 0 && slash < q2) {
            return card.substring(q1, q2 + 1);
        }
        return card.substring(eq + 1, slash).trim();
    }

    public static String string(String card) {
        String s = value(card).trim();
        return s.startsWith("'") && s.endsWith("'") ? s.substring(1, s.length() - 1) : s;
    }

    public static double number(String card) {
        try {
            return Double.parseDouble(string(card).trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    public static double findNumber(String key, String[] cards) {
        int i = find(key, cards);
        return i < 0 ? Double.NaN : number(cards[i]);
    }

    /** FitsJ.getExplicitDateTime of DATE-OBS and its alternatives, or null. */
    public static String dateTime(String[] cards) {
        String datum = null;
        for (String key : new String[] {"DATE-OBS", "DATEOBS", "DATE_OBS", "UT_DATE", "SHUTOPEN"}) {
            int i = find(key, cards);
            if (datum == null && i > 0) {
                datum = string(cards[i]);
            }
        }
        if (datum == null) {
            return null;
        }
        if (datum.endsWith("Z")) {
            datum = datum.substring(0, datum.length() - 1);
        }
        datum = datum.replaceFirst("(\\d)(\\s)(\\d)", "$1T$3");
        int t = datum.indexOf('T');
        datum = datum.replace('/', '-');
        return t > 7 && datum.indexOf('-') == 4 ? datum : null;
    }

    /** JulianDate.JD(String), with its whole milliseconds. */
    public static double julianDate(String dt) {
        try {
            int i1 = dt.indexOf('-');
            int year = Integer.parseInt(dt.substring(0, i1));
            int i2 = dt.indexOf('-', i1 + 1);
            int month = Integer.parseInt(dt.substring(i1 + 1, i2));
            int i3 = dt.indexOf('T', i2 + 1);
            int day = Integer.parseInt(dt.substring(i2 + 1, i3));
            int i4 = dt.indexOf(':', i3 + 1);
            int hour = Integer.parseInt(dt.substring(i3 + 1, i4));
            int i5 = dt.indexOf(':', i4 + 1);
            int minute = Integer.parseInt(dt.substring(i4 + 1, i5));
            double secs = Double.parseDouble(dt.substring(i5 + 1));
            int second = (int) (secs + 0.5);
            int milli = (int) (1000 * (secs - second));
            return julday(year, month, day) + (hour + minute / 60.0 + (second + 0.001 * milli) / 3600.0) / 24.0 - 0.5;
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    /** Numerical Recipes' julday: the JD at noon of a date, as JulianDate.julday. */
    public static int julday(int year, int month, int day) {
        int jy = year < 0 ? year + 1 : year;
        int jm;
        if (month > 2) {
            jm = month + 1;
        } else {
            jy--;
            jm = month + 13;
        }
        int jul = (int) (Math.floor(365.25 * jy) + Math.floor(30.6001 * jm) + day + 1720995);
        if (day + 31 * (month + 12 * year) >= 15 + 31 * (10 + 12 * 1582)) {
            int ja = (int) (0.01 * jy);
            jul += 2 - ja + (int) (0.25 * ja);
        }
        return jul;
    }

    /** FitsJ.getJD. */
    public static double jd(String[] cards) {
        String dt = dateTime(cards);
        double jd = dt == null ? Double.NaN : julianDate(dt);
        for (String key : new String[] {"JD-OBS", "JD"}) {
            if (Double.isNaN(jd)) {
                jd = findNumber(key, cards);
            }
        }
        for (String key : new String[] {"MJD-OBS", "MJD"}) {
            if (Double.isNaN(jd)) {
                jd = findNumber(key, cards) + 2400000.5;
            }
        }
        return jd;
    }

    /** FitsJ.getExposureTime, in seconds. */
    public static double exposure(String[] cards) {
        for (String key : new String[] {"TELAPSE", "EXPTIME", "EXPOSURE", "EXP_TIME"}) {
            int i = find(key, cards);
            if (i >= 0) {
                double t = number(cards[i]);
                int slash = cards[i].indexOf('/', cards[i].lastIndexOf('\'') + 1);
                boolean days = slash >= 0 && cards[i].substring(slash).contains("[d]");
                return days ? t * 86400 : t;
            }
        }
        return Double.NaN;
    }

    /** FitsJ.getMeanJD: the time Multi-Aperture writes as JD_UTC. */
    public static double meanJd(String[] cards) {
        return jd(cards) + 0.5 * (exposure(cards) / 3600.0) / 24.0;
    }
}
