package io.github.hipercam.model;

import java.util.Locale;

/**
 * One header card: a keyword, a typed value and a comment.
 *
 * <p>Keywords of up to 8 characters are upper-cased; a leading {@code HIERARCH } is
 * dropped, so {@code ESO DET NSAMP} is stored as such. Values are {@code null}
 * (no value), {@link Boolean}, {@link Long}, {@link Double} or {@link String};
 * other integer and floating types are widened on construction. Commentary
 * cards ({@code COMMENT}, {@code HISTORY} and blank keys) carry their text as a
 * String value.
 *
 * @param key the normalised keyword
 * @param value the value, of one of the types above, or null
 * @param comment the comment, never null
 */
public record Card(String key, Object value, String comment) {

    /** Validates and normalises the key and value. */
    public Card {
        key = normaliseKey(key);
        value = normaliseValue(key, value);
        comment = comment == null ? "" : comment;
    }

    /**
     * @param key keyword
     * @param value value
     * @return a card with no comment
     */
    public static Card of(String key, Object value) {
        return new Card(key, value, "");
    }

    /**
     * Normalises a keyword as the reference pipeline does.
     *
     * @param key raw keyword
     * @return the key upper-cased if short, without a HIERARCH prefix
     */
    public static String normaliseKey(String key) {
        if (key == null) {
            throw new IllegalArgumentException("header keyword must not be null");
        }
        if (isPlainKey(key)) {
            return key;
        }
        String k = key.strip();
        if (k.toUpperCase(Locale.ROOT).startsWith("HIERARCH ")) {
            k = k.substring(9).strip();
        }
        return k.length() <= 8 ? k.toUpperCase(Locale.ROOT) : k;
    }

    /** @return whether the key is already normal: 1 to 8 of A-Z, 0-9, _ and - (every key a decoder writes) */
    private static boolean isPlainKey(String key) {
        int n = key.length();
        if (n == 0 || n > 8) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = key.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** @return true for COMMENT, HISTORY and blank-keyword cards */
    public boolean isCommentary() {
        return isCommentaryKey(key);
    }

    /**
     * @param key a normalised keyword
     * @return true for COMMENT, HISTORY and the blank keyword
     */
    public static boolean isCommentaryKey(String key) {
        return key.isEmpty() || key.equals("COMMENT") || key.equals("HISTORY");
    }

    private static Object normaliseValue(String key, Object value) {
        if (value == null || value instanceof Boolean || value instanceof Long
                || value instanceof Double || value instanceof String) {
            return value;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float) {
            return ((Float) value).doubleValue();
        }
        if (value instanceof java.math.BigInteger big) {
            return big.longValueExact();
        }
        if (value instanceof java.math.BigDecimal dec) {
            return dec.doubleValue();
        }
        throw new IllegalArgumentException(
                "header card " + key + ": unsupported value type " + value.getClass().getName());
    }
}
