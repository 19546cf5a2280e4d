package io.github.hipercam.archfixture.cards;

import nom.tam.fits.HeaderCard;

/** A deliberately bad class: it parses a FITS card outside the FITS package. */
public final class CardParser {

    private CardParser() {
    }

    /**
     * @param card an 80-character card
     * @return its key
     */
    public static String key(String card) {
        return HeaderCard.create(card).getKey();
    }
}
