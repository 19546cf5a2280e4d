package io.github.hipercam.fits;

import io.github.hipercam.model.Card;
import io.github.hipercam.model.Header;
import java.math.BigInteger;
import java.util.Set;
import nom.tam.fits.HeaderCard;
import nom.tam.fits.HeaderCardException;
import nom.tam.util.Cursor;

/**
 * Translates between nom-tam-fits headers and the model's {@link Header}:
 * the one place where FITS cards become typed header items, for raw runs,
 * {@code .hcm} files and the synthetic writers alike.
 */
public final class FitsCards {

    private FitsCards() {
    }

    /**
     * @param fits a nom-tam header
     * @param skip keywords to leave out
     * @return the cards in order, typed
     */
    public static Header toModel(nom.tam.fits.Header fits, Set<String> skip) {
        Header.Builder b = Header.builder();
        Cursor<String, HeaderCard> it = fits.iterator();
        while (it.hasNext()) {
            HeaderCard c = it.next();
            String key = modelKey(c.getKey());
            if (key.equals("END") || skip.contains(key)) {
                continue;
            }
            if (!c.isKeyValuePair()) {
                if (c.getComment() != null || !key.isEmpty()) {
                    b.add(new Card(Card.isCommentaryKey(key) ? key : "COMMENT",
                            c.getComment() == null ? "" : c.getComment(), ""));
                }
                continue;
            }
            b.add(new Card(key, typedValue(c), c.getComment()));
        }
        return b.build();
    }

    /**
     * nom-tam spells HIERARCH keys with dots; the model uses spaces, as the pipeline does.
     *
     * @param fitsKey a key as nom-tam-fits spells it
     * @return the key as the model spells it
     */
    public static String modelKey(String fitsKey) {
        String k = fitsKey == null ? "" : fitsKey.strip();
        if (k.startsWith("HIERARCH.")) {
            return k.substring(9).replace('.', ' ');
        }
        return k;
    }

    static Object typedValue(HeaderCard c) {
        if (c.isStringValue()) {
            String v = c.getValue();
            return v == null ? "" : v.stripTrailing();
        }
        String raw = c.getValue();
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        if (raw.equals("T") || raw.equals("F")) {
            return raw.equals("T");
        }
        if (c.isIntegerType()) {
            BigInteger big = c.getValue(BigInteger.class, null);
            if (big != null && big.bitLength() < 64) {
                return big.longValue();
            }
        }
        Double d = c.getValue(Double.class, null);
        return d != null ? (Object) d : raw;
    }

    /**
     * @param card a model card
     * @return the nom-tam card, HIERARCH for long keys
     * @throws HeaderCardException if nom-tam refuses it
     */
    public static HeaderCard toFits(Card card) throws HeaderCardException {
        String key = card.key();
        String comment = card.comment().isEmpty() ? null : card.comment();
        if (card.isCommentary()) {
            return HeaderCard.createCommentStyleCard(key, String.valueOf(card.value()));
        }
        if (key.length() > 8 || key.contains(" ")) {
            key = "HIERARCH." + key.replace(' ', '.');
        }
        Object v = card.value();
        if (v instanceof Boolean b) {
            return new HeaderCard(key, b, comment);
        }
        if (v instanceof Number n) {
            return new HeaderCard(key, n, comment);
        }
        if (v == null) {
            return new HeaderCard(key, (String) null, comment);
        }
        return new HeaderCard(key, (String) v, comment);
    }
}
