package io.github.hipercam.fits;

import io.github.hipercam.SourceAccessException;
import io.github.hipercam.model.Card;
import io.github.hipercam.model.Header;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Set;
import nom.tam.fits.BasicHDU;
import nom.tam.fits.FitsException;
import nom.tam.fits.HeaderCard;
import nom.tam.fits.NullDataHDU;
import nom.tam.fits.header.Bitpix;
import nom.tam.fits.header.IFitsHeader;
import nom.tam.util.FitsOutputStream;

/**
 * Writes cards into a nom-tam-fits header: the model's cards
 * ({@link FitsCards#toFits}), keywords named by an {@link IFitsHeader}
 * (with its comment), single values and COMMENT lines, in the order added.
 *
 * <pre>{@code
 * BasicHDU<?> hdu = Fits.makeHDU(pixels);
 * HeaderWriter.of(hdu).add(HcmKey.LLX, 1).add("CCDSUM", "1 1", null);
 * }</pre>
 */
public final class HeaderWriter {

    private final nom.tam.fits.Header fits;

    private HeaderWriter(nom.tam.fits.Header fits) {
        this.fits = fits;
    }

    /**
     * @param hdu an HDU
     * @return a writer adding to that HDU's own header
     */
    public static HeaderWriter of(BasicHDU<?> hdu) {
        return new HeaderWriter(hdu.getHeader());
    }

    /**
     * A primary header with no data: {@code SIMPLE = T}, {@code BITPIX = 8},
     * {@code NAXIS = 0}, {@code EXTEND = T}; {@link #nullDataHdu} makes its HDU.
     *
     * @return the writer
     * @throws FitsException if nom-tam refuses a card
     */
    public static HeaderWriter primary() throws FitsException {
        nom.tam.fits.Header h = new nom.tam.fits.Header();
        h.setSimple(true);
        h.setBitpix(Bitpix.BYTE);
        h.setNaxes(0);
        h.addValue("EXTEND", true, null);
        return new HeaderWriter(h);
    }

    /**
     * The model's cards as a FITS header in bytes, {@code END} and blank
     * padding to whole 2880-byte blocks included.
     *
     * @param cards the cards, from {@code SIMPLE} on
     * @return the header's bytes
     * @throws SourceAccessException if nom-tam cannot format a card
     */
    public static byte[] bytes(Header cards) {
        nom.tam.fits.Header fits = new nom.tam.fits.Header();
        try {
            for (Card c : cards) {
                fits.addLine(FitsCards.toFits(c));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (FitsOutputStream s = new FitsOutputStream(out)) {
                fits.write(s);
            }
            return out.toByteArray();
        } catch (FitsException | IOException e) {
            throw new SourceAccessException("cannot format the run header: " + e.getMessage(), e);
        }
    }

    /** @return an HDU with no data whose header this writer wrote */
    public NullDataHDU nullDataHdu() {
        return new NullDataHDU(fits);
    }

    /**
     * @param key a keyword
     * @param value its value
     * @return this writer
     * @throws FitsException if nom-tam refuses the card
     */
    public HeaderWriter add(IFitsHeader key, int value) throws FitsException {
        fits.addValue(key.key(), value, key.comment());
        return this;
    }

    /**
     * @param key a keyword
     * @param value its value
     * @return this writer
     * @throws FitsException if nom-tam refuses the card
     */
    public HeaderWriter add(IFitsHeader key, String value) throws FitsException {
        fits.addValue(key.key(), value, key.comment());
        return this;
    }

    /**
     * @param key a keyword of 8 characters at most
     * @param value its value
     * @param comment the card's comment, or null
     * @return this writer
     * @throws FitsException if nom-tam refuses the card
     */
    public HeaderWriter add(String key, String value, String comment) throws FitsException {
        fits.addValue(key, value, comment);
        return this;
    }

    /**
     * @param key a keyword of 8 characters at most
     * @param value its value
     * @param comment the card's comment, or null
     * @return this writer
     * @throws FitsException if nom-tam refuses the card
     */
    public HeaderWriter add(String key, double value, String comment) throws FitsException {
        fits.addValue(key, value, comment);
        return this;
    }

    /**
     * @param key a keyword of 8 characters at most
     * @param value its value
     * @param comment the card's comment, or null
     * @return this writer
     * @throws FitsException if nom-tam refuses the card
     */
    public HeaderWriter add(String key, boolean value, String comment) throws FitsException {
        fits.addValue(key, value, comment);
        return this;
    }

    /**
     * Adds the model's cards in order. A keyword card replaces one of the
     * same keyword already there (moving to the end); commentary cards are
     * appended.
     *
     * @param cards the cards
     * @param skip keywords to leave out
     * @return this writer
     * @throws FitsException if nom-tam refuses a card
     */
    public HeaderWriter cards(Header cards, Set<String> skip) throws FitsException {
        for (Card c : cards) {
            if (skip.contains(c.key())) {
                continue;
            }
            HeaderCard fc = FitsCards.toFits(c);
            if (!c.isCommentary()) {
                fits.deleteKey(fc.getKey());
            }
            fits.addLine(fc);
        }
        return this;
    }

    /**
     * @param text a COMMENT line, inserted as nom-tam's {@code insertComment} does
     * @return this writer
     */
    public HeaderWriter comment(String text) {
        fits.insertComment(text);
        return this;
    }
}
