package io.github.hipercam.util;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How numbers are written for people: slice labels, header tables and the
 * command line's summaries.
 *
 * <p>{@link #exact} is the shortest decimal that reads back as the same
 * double (Java 17's {@code Double.toString} is sometimes longer, e.g.
 * {@code 9.999999999999999E22} for 1e23). {@link #display} also drops the
 * noise that binary arithmetic leaves in the last bits: an exposure time
 * worked out as 0.1 + 0.0304 is the double 0.13040000000000002, which is
 * written {@code 0.1304}. A value is written short only when a decimal of at
 * most {@value #DISPLAY_DIGITS} significant digits lies within
 * {@value #ULPS} units in the last place of it; times such as an MJD of
 * 58256.84486033596, which have no such neighbour, keep every digit, so a
 * time read back from a label is the library's time.
 */
public final class Numbers {

    /** Most significant digits of a shortened value. */
    static final int DISPLAY_DIGITS = 12;
    /** How far, in units in the last place, a shortened value may be from the double. */
    static final int ULPS = 2;

    private Numbers() {
    }

    /**
     * @param v a value
     * @return the shortest decimal that parses back to exactly {@code v}
     */
    public static String exact(double v) {
        if (!Double.isFinite(v) || v == 0) {
            return Double.toString(v);
        }
        BigDecimal b = new BigDecimal(v);
        for (int digits = 1; digits <= 17; digits++) {
            BigDecimal r = b.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (r.doubleValue() == v) {
                return text(r);
            }
        }
        return Double.toString(v);
    }

    /**
     * @param v a value
     * @return the shortest decimal of at most {@value #DISPLAY_DIGITS} digits
     *     within {@value #ULPS} ulp of {@code v}, else {@link #exact}
     */
    public static String display(double v) {
        if (!Double.isFinite(v) || v == 0) {
            return Double.toString(v);
        }
        BigDecimal b = new BigDecimal(v);
        double slack = ULPS * Math.ulp(v);
        for (int digits = 1; digits <= DISPLAY_DIGITS; digits++) {
            BigDecimal r = b.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (Math.abs(r.doubleValue() - v) <= slack) {
                return text(r);
            }
        }
        return exact(v);
    }

    /**
     * @param value a header value
     * @return its text for people: doubles by {@link #display}, others as they are
     */
    public static String display(Object value) {
        if (value instanceof Double d) {
            return display(d.doubleValue());
        }
        if (value instanceof Float f) {
            return display(f.doubleValue());
        }
        return String.valueOf(value).strip();
    }

    /** Plain notation for ordinary magnitudes, with at least one decimal, as Java writes doubles. */
    private static String text(BigDecimal r) {
        double mag = Math.abs(r.doubleValue());
        if (mag >= 1e-3 && mag < 1e7) {
            String s = r.stripTrailingZeros().toPlainString();
            return s.contains(".") ? s : s + ".0";
        }
        BigDecimal u = r.stripTrailingZeros();
        int exp = u.precision() - u.scale() - 1;
        String digits = u.unscaledValue().abs().toString();
        String mant = digits.length() == 1 ? digits + ".0" : digits.charAt(0) + "." + digits.substring(1);
        return (u.signum() < 0 ? "-" : "") + mant + "E" + exp;
    }

    /**
     * @param seconds a duration
     * @return it for people, four significant digits in their shortest form:
     *     "0.1 s", "12.5 min", "2.04 h"; "unknown" for a negative or NaN one
     */
    public static String duration(double seconds) {
        if (!(seconds >= 0)) {
            return "unknown";
        }
        if (seconds < 120) {
            return fourDigits(seconds) + " s";
        }
        if (seconds < 7200) {
            return fourDigits(seconds / 60) + " min";
        }
        return fourDigits(seconds / 3600) + " h";
    }

    private static String fourDigits(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return display(v);
        }
        return display(new BigDecimal(v).round(new MathContext(4, RoundingMode.HALF_EVEN)).doubleValue());
    }
}
