package io.github.hipercam.hcam;

import io.github.hipercam.FormatException;
import io.github.hipercam.SourceAccessException;
import io.github.hipercam.TruncatedDataException;
import io.github.hipercam.hcm.FitsCards;
import io.github.hipercam.model.Header;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import nom.tam.util.FitsInputStream;

/** Finds and parses the primary FITS header of a raw run. */
public final class HeaderBytes {

    /** FITS block size. */
    public static final int BLOCK = 2880;
    /** FITS card size. */
    public static final int CARD = 80;
    /** Largest header accepted: real HiPERCAM headers are about 200 kB. */
    static final int MAX_BLOCKS = 2000;

    private HeaderBytes() {
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
    static byte[] readPrimary(FileChannel ch, String name) {
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
    static int endCard(byte[] b, int from) {
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
}
