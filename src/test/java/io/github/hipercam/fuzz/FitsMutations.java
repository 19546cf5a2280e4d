package io.github.hipercam.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * Mutations that know FITS: header cards found at their 80-byte places
 * (in every HDU), values set to huge, negative, zero, fractional, textual or
 * logical, cards deleted or duplicated, {@code END} removed, and cuts at
 * card, block, header and frame boundaries.
 */
final class FitsMutations {

    static final int CARD = 80;
    static final int BLOCK = 2880;

    /** Values that break readers that trust a header. */
    static final String[] VALUES = {
        "2147483647", "2147483648", "-2147483648", "9223372036854775807", "99999999999999999999",
        "1328240941", "1073741800", "536870912", "100000000", "65536", "1000", "999", "-1", "-2", "0", "1", "3", "1e308", "-1e308", "1.5", "NaN",
        "'abc'", "'12'", "''", "T", "F", "(1,2)", "'" + "A".repeat(67) + "'",
    };

    private static final Pattern VALUE_CARD = Pattern.compile("[A-Z0-9_ -]{8}= .*");

    private FitsMutations() {
    }

    /**
     * @param b a FITS file
     * @return offsets of the cards with a value (and of END cards), in every header
     */
    static List<Integer> cards(byte[] b) {
        List<Integer> out = new ArrayList<>();
        for (int off = 0; off + CARD <= b.length; off += CARD) {
            String c = card(b, off);
            if (c == null) {
                continue;
            }
            if (VALUE_CARD.matcher(c).matches() || (c.startsWith("HIERARCH ") && c.indexOf('=') > 0)
                    || c.startsWith("END     ")) {
                out.add(off);
            }
        }
        return out;
    }

    /** @return the card at off if all 80 bytes are printable ASCII, else null */
    static String card(byte[] b, int off) {
        for (int i = off; i < off + CARD; i++) {
            if (b[i] < 0x20 || b[i] > 0x7E) {
                return null;
            }
        }
        return new String(b, off, CARD, StandardCharsets.US_ASCII);
    }

    /** @return the keyword of a card (HIERARCH keys without the prefix) */
    static String key(String card) {
        if (card.startsWith("HIERARCH ")) {
            return card.substring(9, card.indexOf('=')).strip();
        }
        return card.substring(0, 8).strip();
    }

    /**
     * @param key a keyword
     * @param value a value as FITS text
     * @return the 80-character card
     */
    static String format(String key, String value) {
        String c = key.length() > 8 || key.contains(" ") ? "HIERARCH " + key + " = " + value
                : String.format("%-8s= %20s", key, value);
        return String.format("%-80s", c).substring(0, CARD);
    }

    /**
     * @param b a FITS file
     * @param key a keyword
     * @param value new value text
     * @return a copy with the first card of that keyword set to the value, or null if there is none
     */
    static byte[] setFirst(byte[] b, String key, String value) {
        for (int off : cards(b)) {
            if (key(card(b, off)).equals(key)) {
                return put(b, off, format(key, value));
            }
        }
        return null;
    }

    static byte[] put(byte[] b, int off, String card) {
        byte[] out = b.clone();
        System.arraycopy(card.getBytes(StandardCharsets.US_ASCII), 0, out, off, CARD);
        return out;
    }

    /**
     * One structure-aware mutation; {@code favoured} keywords are picked more often.
     *
     * @param b a FITS file
     * @param favoured keywords that matter to the reader
     * @param frameSize bytes per frame after the first header (0 if not a run)
     * @param r randomness
     * @return the mutated copy
     */
    static ByteMutations.Result any(byte[] b, List<String> favoured, int frameSize, SplittableRandom r) {
        List<Integer> cards = cards(b);
        if (cards.isEmpty()) {
            return ByteMutations.any(b, 0, b.length, r);
        }
        int pick = r.nextInt(10);
        if (pick < 5) {
            return setValue(b, cards, favoured, r);
        }
        if (pick < 8) {
            return cut(b, cards, frameSize, r);
        }
        return pick == 8 ? deleteCard(b, cards, r) : duplicateCard(b, cards, r);
    }

    private static int chooseCard(byte[] b, List<Integer> cards, List<String> favoured, SplittableRandom r) {
        if (!favoured.isEmpty() && r.nextInt(3) > 0) {
            String want = favoured.get(r.nextInt(favoured.size()));
            List<Integer> hits = new ArrayList<>();
            for (int off : cards) {
                if (key(card(b, off)).equals(want)) {
                    hits.add(off);
                }
            }
            if (!hits.isEmpty()) {
                return hits.get(r.nextInt(hits.size()));
            }
        }
        return cards.get(r.nextInt(cards.size()));
    }

    private static ByteMutations.Result setValue(byte[] b, List<Integer> cards, List<String> favoured,
            SplittableRandom r) {
        int off = chooseCard(b, cards, favoured, r);
        String key = key(card(b, off));
        if (key.equals("END")) {
            return new ByteMutations.Result(put(b, off, " ".repeat(CARD)), "END card at " + off + " blanked");
        }
        String value = VALUES[r.nextInt(VALUES.length)];
        return new ByteMutations.Result(put(b, off, format(key, value)), key + " = " + value + " (card at " + off + ")");
    }

    private static ByteMutations.Result deleteCard(byte[] b, List<Integer> cards, SplittableRandom r) {
        int off = cards.get(r.nextInt(cards.size()));
        String key = key(card(b, off));
        if (r.nextBoolean()) {
            return new ByteMutations.Result(put(b, off, " ".repeat(CARD)), key + " card at " + off + " blanked");
        }
        byte[] out = new byte[b.length - CARD];
        System.arraycopy(b, 0, out, 0, off);
        System.arraycopy(b, off + CARD, out, off, b.length - off - CARD);
        return new ByteMutations.Result(out, key + " card at " + off + " removed (later bytes shift)");
    }

    private static ByteMutations.Result duplicateCard(byte[] b, List<Integer> cards, SplittableRandom r) {
        int from = cards.get(r.nextInt(cards.size()));
        int to = cards.get(r.nextInt(cards.size()));
        String key = key(card(b, from));
        if (r.nextBoolean()) {
            return new ByteMutations.Result(put(b, to, card(b, from)), key + " card copied over the card at " + to);
        }
        return new ByteMutations.Result(ByteMutations.splice(b, to, Arrays.copyOfRange(b, from, from + CARD)),
                key + " card inserted again at " + to + " (later bytes shift)");
    }

    private static ByteMutations.Result cut(byte[] b, List<Integer> cards, int frameSize, SplittableRandom r) {
        List<Integer> at = new ArrayList<>(List.of(0, 1, CARD - 1, CARD, BLOCK - 1, BLOCK, BLOCK + 1, b.length - 1));
        int end = -1;
        for (int off : cards) {
            if (key(card(b, off)).equals("END")) {
                end = end < 0 ? off : end;
                int hdr = (off / BLOCK + 1) * BLOCK;
                at.addAll(List.of(off, off + CARD, hdr - 1, hdr, hdr + 1, hdr + CARD));
            }
        }
        if (frameSize > 0 && end >= 0) {
            int hdr = (end / BLOCK + 1) * BLOCK;
            int k = r.nextInt(4);
            at.addAll(List.of(hdr + k * frameSize - 1, hdr + k * frameSize, hdr + k * frameSize + 1,
                    hdr + k * frameSize + frameSize / 2, hdr + (k + 1) * frameSize - 36));
        }
        int len = at.get(r.nextInt(at.size()));
        return ByteMutations.truncate(b, len);
    }
}
