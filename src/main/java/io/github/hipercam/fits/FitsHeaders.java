package io.github.hipercam.fits;

import io.github.hipercam.FormatException;
import io.github.hipercam.SourceAccessException;
import io.github.hipercam.TruncatedDataException;
import io.github.hipercam.fits.FitsCards;
import io.github.hipercam.model.Header;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import nom.tam.fits.HeaderCard;
import nom.tam.util.FitsInputStream;

/**
 * Finds, reads and parses FITS headers, with nom-tam-fits: the primary header
 * of a raw run, and single cards of a header as it stands on disk.
 */
public final class FitsHeaders {

    /** FITS block size. */
    public static final int BLOCK = 2880;
    /** FITS card size. */
    public static final int CARD = 80;
    /** Largest header accepted: real HiPERCAM headers are about 200 kB. */
    public static final int MAX_BLOCKS = 2000;

    private FitsHeaders() {
    }

    /**
     * Reads whole 2880-byte blocks from the start of a file up to the one
     * holding the {@code END} card.
     *
     * @param ch the file
     * @param name file name for messages
     * @return the header blocks
     * @throws TruncatedDataException if the file ends before {@code END}
     * @throws FormatException if the file is not FITS
     */
    public static byte[] readPrimary(FileChannel ch, String name) {
        ByteBuffer buf = ByteBuffer.allocate(BLOCK);
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try {
            for (int block = 0; block < MAX_BLOCKS; block++) {
                buf.clear();
                while (buf.hasRemaining() && ch.read(buf, (long) block * BLOCK + buf.position()) > 0) {
                    // keep reading until the block is full or the file ends
                }
                if (buf.hasRemaining()) {
                    throw new TruncatedDataException(name + ": the FITS header is truncated: the file ends after "
                            + ((long) block * BLOCK + buf.position()) + " bytes without an END card");
                }
                byte[] b = buf.array();
                if (block == 0 && !startsWith(b, "SIMPLE  =")) {
                    throw new FormatException(name + ": not a FITS file (first card is not SIMPLE)");
                }
                all.write(b, 0, BLOCK);
                if (endCard(b, 0) >= 0) {
                    return all.toByteArray();
                }
            }
        } catch (IOException e) {
            throw new SourceAccessException(name + ": cannot read the header: " + e.getMessage(), e);
        }
        throw new FormatException(name + ": no END card in the first " + MAX_BLOCKS + " blocks of header");
    }

    private static boolean startsWith(byte[] b, String s) {
        return new String(b, 0, s.length(), StandardCharsets.US_ASCII).equals(s);
    }

    /** @return offset of the END card at or after {@code from}, or -1 */
    public static int endCard(byte[] b, int from) {
        for (int i = from - from % CARD; i + CARD <= b.length; i += CARD) {
            if (b[i] == 'E' && b[i + 1] == 'N' && b[i + 2] == 'D' && blank(b, i + 3, i + 8)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean blank(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != ' ') {
                return false;
            }
        }
        return true;
    }

    /**
     * Parses header cards with nom-tam-fits. The bytes need not be padded to
     * a whole block, nor end in {@code END} (a file server may send them so).
     *
     * @param bytes the cards
     * @param name file or run name for messages
     * @return the header
     */
    public static Header parse(byte[] bytes, String name) {
        int end = endCard(bytes, 0);
        int cards = end >= 0 ? end : bytes.length - bytes.length % CARD;
        int size = (cards + CARD + BLOCK - 1) / BLOCK * BLOCK;
        byte[] padded = new byte[size];
        Arrays.fill(padded, (byte) ' ');
        System.arraycopy(bytes, 0, padded, 0, cards);
        padded[cards] = 'E';
        padded[cards + 1] = 'N';
        padded[cards + 2] = 'D';
        try (FitsInputStream in = new FitsInputStream(new ByteArrayInputStream(padded))) {
            return FitsCards.toModel(nom.tam.fits.Header.readHeader(in), Set.of());
        } catch (IOException | RuntimeException e) {
            throw new FormatException(name + ": cannot parse the FITS header: " + e.getMessage(), e);
        }
    }

    /**
     * The integer value of one card of a header as it stands, parsed by
     * nom-tam-fits: for keywords a writer updates in place (a growing run's
     * {@code NAXIS3}).
     *
     * @param cards header bytes, whole 80-byte cards
     * @param key the keyword (8 characters at most)
     * @return its value, or empty if the card is absent, not an integer or unreadable
     */
    public static OptionalLong integer(byte[] cards, String key) {
        int end = endCard(cards, 0);
        int limit = end < 0 ? cards.length - cards.length % CARD : end;
        String k = (key + "        ").substring(0, 8);
        for (int i = 0; i + CARD <= limit; i += CARD) {
            if (new String(cards, i, 8, StandardCharsets.US_ASCII).equals(k)) {
                return integerCard(new String(cards, i, CARD, StandardCharsets.US_ASCII));
            }
        }
        return OptionalLong.empty();
    }

    private static OptionalLong integerCard(String card) {
        try {
            HeaderCard c = HeaderCard.create(card);
            if (!c.isKeyValuePair() || !c.isIntegerType()) {
                return OptionalLong.empty();
            }
            Long v = c.getValue(Long.class, null);
            return v == null ? OptionalLong.empty() : OptionalLong.of(v);
        } catch (RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    /**
     * @param start the first bytes of a file
     * @return true if they begin as a FITS primary header does
     */
    public static boolean isFits(byte[] start) {
        return start.length >= CARD && startsWith(start, "SIMPLE  =");
    }

    /**
     * The text value of one card among the first cards of a header, without
     * reading further than the bytes given, for telling file kinds apart.
     *
     * @param start the first bytes of a header (whole cards)
     * @param key the keyword as the model spells it ({@code ESO DET READ CURNAME}
     *     for a HIERARCH card)
     * @return its value as text (strings unquoted), or empty if not found before END
     */
    public static Optional<String> string(byte[] start, String key) {
        for (int i = 0; i + CARD <= start.length; i += CARD) {
            String text = new String(start, i, CARD, StandardCharsets.US_ASCII);
            if (text.startsWith("END     ")) {
                break;
            }
            try {
                HeaderCard c = HeaderCard.create(text);
                if (c.isKeyValuePair() && FitsCards.modelKey(c.getKey()).equals(key)) {
                    return Optional.ofNullable(c.getValue()).map(String::strip);
                }
            } catch (RuntimeException e) {
                // a card nom-tam-fits cannot read is not the one looked for
            }
        }
        return Optional.empty();
    }
}
