package io.github.hipercam.fits;

import io.github.hipercam.FormatException;
import io.github.hipercam.MissingKeywordException;
import io.github.hipercam.model.Header;
import java.util.Optional;
import java.util.Set;
import nom.tam.fits.HeaderCard;
import nom.tam.fits.header.IFitsHeader;
import nom.tam.fits.header.Standard;

/**
 * The header of one HDU of an {@link HduFile}, checked when the file was
 * opened (see {@link HduCheck}), read as typed values and as the model's
 * {@link Header}. A value of the wrong type is a {@link FormatException}
 * naming the file, the HDU, the keyword and the value, never a null.
 */
public final class HduHeader {

    private final nom.tam.fits.Header fits;
    private final String where;

    HduHeader(nom.tam.fits.Header fits, String where) {
        this.fits = fits;
        this.where = where;
    }

    /** @return the file and HDU, for messages ({@code "frame.hcm, HDU 2"}) */
    public String where() {
        return where;
    }

    /**
     * @param key a keyword
     * @return true if the header has a card with that keyword
     */
    public boolean has(IFitsHeader key) {
        return fits.containsKey(key.key());
    }

    /** @return NAXIS, checked to be 0 to 999 */
    public int naxis() {
        return fits.getIntValue(Standard.NAXIS, 0);
    }

    /**
     * @param n an axis, 1 to {@link #naxis()}
     * @return NAXISn, checked to be 0 to 2^31 - 1
     */
    public int axis(int n) {
        return fits.getIntValue(Standard.NAXISn.n(n), 0);
    }

    /**
     * @param key a keyword whose value must be an integer
     * @param where the file and HDU (and CCD) for the message
     * @return its value
     * @throws MissingKeywordException if it is absent
     * @throws FormatException if it is not an integer of 32 bits
     */
    public int requireInt(IFitsHeader key, String where) {
        HeaderCard c = fits.findCard(key.key());
        if (c == null) {
            throw new MissingKeywordException(where, key.key());
        }
        try {
            return Integer.parseInt(String.valueOf(c.getValue()).strip());
        } catch (NumberFormatException e) {
            throw new FormatException(where + ": keyword " + key.key() + " = " + c.getValue()
                    + " is not an integer", e);
        }
    }

    /**
     * @param key a keyword whose value, if present, must be an integer
     * @param absent the value if the keyword is absent
     * @return its value
     * @throws FormatException if it is present but not an integer of 32 bits
     */
    public int intValue(IFitsHeader key, int absent) {
        return has(key) ? requireInt(key, where) : absent;
    }

    /**
     * @param key a keyword whose value, if present, must be a number
     * @param absent the value if the keyword is absent
     * @return its value
     * @throws FormatException if it is present but not a number
     */
    public double doubleValue(IFitsHeader key, double absent) {
        HeaderCard c = fits.findCard(key.key());
        if (c == null) {
            return absent;
        }
        Double d = c.isKeyValuePair() && !c.isStringValue() ? c.getValue(Double.class, null) : null;
        if (d == null) {
            throw new FormatException(where + ": keyword " + key.key() + " = " + c.getValue() + " is not a number");
        }
        return d;
    }

    /**
     * @param key a keyword whose value, if present, must be a string
     * @return its value, trailing blanks dropped, or empty if the keyword is absent
     * @throws FormatException if it is present but not a string
     */
    public Optional<String> string(IFitsHeader key) {
        HeaderCard c = fits.findCard(key.key());
        if (c == null) {
            return Optional.empty();
        }
        if (!c.isStringValue() || c.getValue() == null) {
            throw new FormatException(where + ": keyword " + key.key() + " = " + c.getValue()
                    + " is not a string (" + key.comment() + ")");
        }
        return Optional.of(c.getValue().stripTrailing());
    }

    /**
     * @param skip keywords to leave out
     * @return the cards in order, typed, as the model's header
     */
    public Header toModel(Set<String> skip) {
        return FitsCards.toModel(fits, skip);
    }
}
