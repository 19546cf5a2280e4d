package io.github.hipercam.fits;

import io.github.hipercam.FormatException;
import io.github.hipercam.TruncatedDataException;
import nom.tam.fits.HeaderCard;

/**
 * Checks one HDU's header before nom-tam-fits builds anything from it: nom
 * sizes arrays from NAXIS and the axes as it reads the header, so a damaged
 * header could otherwise end in an {@code OutOfMemoryError} or a
 * {@code NegativeArraySizeException} instead of a message.
 *
 * <p>Only images are accepted (the primary HDU or {@code XTENSION = 'IMAGE'}),
 * with BITPIX one of the six FITS values, NAXIS from 0 to 999, each axis from
 * 0 to 2^31 - 1, and data that the file holds.
 */
final class HduCheck {

    /** FITS allows at most 999 axes. */
    static final int MAX_NAXIS = 999;

    private final nom.tam.fits.Header header;
    private final String where;

    private HduCheck(nom.tam.fits.Header header, String where) {
        this.header = header;
        this.where = where;
    }

    /**
     * @param header a header as nom-tam-fits read it
     * @param where file and HDU, for messages
     * @param dataStart where its data start in the file
     * @param fileLength the file's length
     * @return the bytes of data the HDU holds, padding not included
     * @throws FormatException if the header does not describe an image nom can read
     * @throws TruncatedDataException if the file ends before the data do
     */
    static long check(nom.tam.fits.Header header, String where, long dataStart, long fileLength) {
        return new HduCheck(header, where).check(dataStart, fileLength);
    }

    private long check(long dataStart, long fileLength) {
        checkKind();
        long bytes = bitpixBytes();
        int naxis = (int) integer("NAXIS", 0, MAX_NAXIS);
        for (int i = 1; i <= naxis; i++) {
            long n = integer("NAXIS" + i, 0, Integer.MAX_VALUE);
            try {
                bytes = Math.multiplyExact(bytes, n);
            } catch (ArithmeticException e) {
                throw new FormatException(where + ": NAXIS1 to NAXIS" + naxis + " describe more bytes than a file"
                        + " can hold", e);
            }
        }
        if (naxis == 0) {
            bytes = 0;
        }
        if (dataStart + bytes > fileLength) {
            throw new TruncatedDataException(where + " claims " + bytes + " bytes of data but the file holds only "
                    + Math.max(0, fileLength - dataStart));
        }
        return bytes;
    }

    private void checkKind() {
        HeaderCard x = header.findCard("XTENSION");
        if (x != null && !"IMAGE".equals(x.getValue() == null ? null : x.getValue().strip())) {
            throw new FormatException(where + ": XTENSION = " + x.getValue() + "; expected IMAGE (only image HDUs are"
                    + " read)");
        }
        if (header.containsKey("GROUPS")) {
            throw new FormatException(where + ": random groups (GROUPS) are not read; expected an image");
        }
        if (header.containsKey("PCOUNT")) {
            integer("PCOUNT", 0, 0);
        }
        if (header.containsKey("GCOUNT")) {
            integer("GCOUNT", 1, 1);
        }
    }

    private long bitpixBytes() {
        long bitpix = integer("BITPIX", -64, 64);
        if (bitpix != 8 && bitpix != 16 && bitpix != 32 && bitpix != 64 && bitpix != -32 && bitpix != -64) {
            throw new FormatException(where + ": BITPIX = " + bitpix + "; expected 8, 16, 32, 64, -32 or -64");
        }
        return Math.abs(bitpix) / 8;
    }

    /** @return the integer value of a required card, checked to lie in [min, max] */
    private long integer(String key, long min, long max) {
        HeaderCard c = header.findCard(key);
        if (c == null) {
            throw new io.github.hipercam.MissingKeywordException(where, key);
        }
        String raw = c.getValue() == null ? "" : c.getValue().strip();
        long v;
        try {
            v = Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new FormatException(where + ": " + key + " = " + (raw.isEmpty() ? "(blank)" : raw)
                    + " is not an integer", e);
        }
        if (v < min || v > max) {
            throw new FormatException(where + ": " + key + " = " + v + "; expected " + min + " to " + max);
        }
        return v;
    }
}
