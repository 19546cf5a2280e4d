package io.github.hipercam.server;

import io.github.hipercam.FormatException;
import io.github.hipercam.TruncatedDataException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The primary header of a FITS file as raw 80-character cards, enough for the
 * server to find the frame size: integer values by keyword (HIERARCH keys
 * without the {@code HIERARCH} prefix, as in {@code ESO DET NSAMP}) and the
 * byte offset of each card so that one can be read again while the file grows.
 */
final class RawFitsHeader {

    static final int BLOCK = 2880;
    static final int CARD = 80;
    /** Refuse headers longer than this (a full HiPERCAM header is about 200 kB). */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private final byte[] bytes;
    private final Map<String, Integer> offsets = new HashMap<>();

    private RawFitsHeader(byte[] bytes, int cards) {
        this.bytes = bytes;
        for (int i = 0; i < cards; i++) {
            String key = key(card(bytes, i * CARD));
            offsets.putIfAbsent(key, i * CARD);
        }
    }

    /**
     * Reads blocks until the one that holds {@code END}.
     *
     * @param ch the file, read from offset 0
     * @param name file name, for messages
     * @return the header
     * @throws IOException if the file cannot be read
     * @throws TruncatedDataException if the file ends before {@code END}
     */
    static RawFitsHeader read(FileChannel ch, String name) throws IOException {
        long limit = Math.min(ch.size(), MAX_BYTES);
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        ByteBuffer block = ByteBuffer.allocate(BLOCK);
        for (long pos = 0; pos + BLOCK <= limit; pos += BLOCK) {
            block.clear();
            while (block.hasRemaining() && ch.read(block, pos + block.position()) > 0) {
                continue;
            }
            if (block.hasRemaining()) {
                break;
            }
            if (pos == 0 && !card(block.array(), 0).startsWith("SIMPLE  =")) {
                throw new FormatException(name + ": not a FITS file (it does not start with a SIMPLE card)");
            }
            all.write(block.array(), 0, BLOCK);
            int end = endCard(block.array());
            if (end >= 0) {
                return new RawFitsHeader(all.toByteArray(), (int) (pos / CARD) + end + 1);
            }
        }
        throw new TruncatedDataException(name + ": no END card in the first " + limit
                + " bytes; the header is incomplete (still being written?) or too long");
    }

    private static int endCard(byte[] block) {
        for (int i = 0; i < BLOCK / CARD; i++) {
            if (card(block, i * CARD).equals("END" + " ".repeat(77))) {
                return i;
            }
        }
        return -1;
    }

    private static String card(byte[] b, int off) {
        return new String(b, off, CARD, StandardCharsets.ISO_8859_1);
    }

    /** @return the keyword of a card, HIERARCH prefix removed */
    static String key(String card) {
        if (card.startsWith("HIERARCH ")) {
            int eq = card.indexOf('=');
            return eq < 0 ? "" : card.substring(9, eq).strip();
        }
        return card.substring(0, 8).strip();
    }

    /**
     * @param card one card
     * @return its value if it is an integer
     */
    static OptionalLong integerValue(String card) {
        int eq = card.indexOf("= ");
        if (eq < 0 || card.startsWith("COMMENT") || card.startsWith("HISTORY")) {
            return OptionalLong.empty();
        }
        String v = card.substring(eq + 1);
        int slash = v.indexOf('/');
        v = (slash >= 0 ? v.substring(0, slash) : v).strip();
        return v.matches("[-+]?[0-9]{1,18}") ? OptionalLong.of(Long.parseLong(v)) : OptionalLong.empty();
    }

    /** @return the header's length in bytes, a multiple of 2880 */
    int length() {
        return bytes.length;
    }

    /** @return the header as text (ISO-8859-1, byte for byte) */
    String text() {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /**
     * @param key keyword
     * @return its integer value, if the card is there and holds one
     */
    OptionalLong integer(String key) {
        Integer off = offsets.get(key);
        return off == null ? OptionalLong.empty() : integerValue(card(bytes, off));
    }

    /**
     * @param key keyword
     * @return byte offset of its card in the file, or -1
     */
    long offset(String key) {
        Integer off = offsets.get(key);
        return off == null ? -1 : off;
    }
}
