package io.github.hipercam.fits;

import io.github.hipercam.FormatException;
import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.util.Numbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nom.tam.fits.HeaderCard;
import nom.tam.fits.HeaderCardException;

/**
 * A small FITS header as text: card images from {@code SIMPLE} to
 * {@code END}, one per line, trailing blanks dropped. ImageJ keeps such a
 * block in an image's Info or a slice label, where FITS-minded plugins
 * (AstroImageJ's {@code FitsJ.getHeader}) look for it. The cards are written
 * by nom-tam-fits; numbers as {@link Numbers#display} writes them.
 *
 * <pre>{@code
 * String block = CardBlock.builder()
 *         .add("EXPTIME", 0.1304, "exposure time (s)")
 *         .add("DATE-OBS", "2018-05-18T20:16:35.933123", "start of exposure (UTC)")
 *         .build();
 * }</pre>
 */
public final class CardBlock {

    /** The longest string value written; longer ones are cut (FITS keeps 68 characters on one card). */
    static final int MAX_STRING = 68;

    private CardBlock() {
    }

    /** @return a builder whose first card is {@code SIMPLE = T} */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects cards in order. */
    public static final class Builder {
        private final List<String> cards = new ArrayList<>();

        private Builder() {
            add("SIMPLE", Boolean.TRUE, "conforms to FITS standard");
        }

        /**
         * @param key a standard keyword: 1 to 8 of A-Z, 0-9, '-' and '_'
         * @param value a Boolean, a Number or a String (others are written as their text)
         * @param comment a comment, or null
         * @return this builder
         * @throws InvalidArgumentException for a key FITS does not allow
         */
        public Builder add(String key, Object value, String comment) {
            if (key == null || !key.matches("[A-Z0-9_-]{1,8}")) {
                throw new InvalidArgumentException("'" + key + "' is not a standard FITS keyword");
            }
            String c = comment == null ? null : ascii(comment);
            try {
                cards.add(card(key, value, c).toString().stripTrailing());
            } catch (HeaderCardException e) {
                throw new FormatException("cannot write " + key + " = " + value + " as a FITS card: "
                        + e.getMessage(), e);
            }
            return this;
        }

        private static HeaderCard card(String key, Object value, String comment) throws HeaderCardException {
            if (value instanceof Boolean b) {
                return new HeaderCard(key, b, comment);
            }
            if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
                return new HeaderCard(key, ((Number) value).longValue(), comment);
            }
            if (value instanceof Number n && Double.isFinite(n.doubleValue())) {
                return new HeaderCard(key, new BigDecimal(Numbers.display(n.doubleValue())), comment);
            }
            String s = ascii(String.valueOf(value));
            return new HeaderCard(key, s.length() > MAX_STRING ? s.substring(0, MAX_STRING) : s, comment);
        }

        /** @return the cards, then {@code END}, joined by newlines (no trailing newline) */
        public String build() {
            return String.join("\n", cards) + "\nEND";
        }
    }

    /** Printable ASCII only, as FITS requires; anything else becomes '?'. */
    private static String ascii(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            b.append(ch >= 0x20 && ch < 0x7f ? ch : '?');
        }
        return b.toString();
    }
}
