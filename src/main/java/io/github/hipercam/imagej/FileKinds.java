package io.github.hipercam.imagej;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Tells, from the first header of a file and never from its pixels, whether
 * it is an {@code .hcm} file, a raw HiPERCAM run, some other FITS file, or not
 * FITS at all. File &gt; Open and drag and drop use it so that an ordinary
 * FITS file still goes to ImageJ's own reader.
 */
public final class FileKinds {

    /** What a file is. */
    public enum Kind {
        /** A HiPERCAM pipeline {@code .hcm} file (HIPERCAM = 'MCCD' or 'CCD'). */
        HCM,
        /** A raw HiPERCAM run ({@code ESO DET READ CURNAME} in its first header). */
        RAW_HIPERCAM,
        /** A FITS file of some other kind. */
        OTHER_FITS,
        /** Not FITS, or unreadable. */
        NOT_FITS
    }

    private static final int CARD = 80;
    private static final int BLOCK = 2880;
    /** Headers longer than this many blocks are not looked through further. */
    private static final int MAX_BLOCKS = 30;

    private FileKinds() {
    }

    /**
     * @param path a file
     * @return its kind; {@link Kind#NOT_FITS} if it cannot be read
     */
    public static Kind of(Path path) {
        if (path == null || !Files.isRegularFile(path)) {
            return Kind.NOT_FITS;
        }
        try (InputStream in = Files.newInputStream(path)) {
            return classify(in);
        } catch (IOException e) {
            return Kind.NOT_FITS;
        }
    }

    /**
     * @param path a file
     * @return true if our reader should open it: an {@code .hcm} or a raw HiPERCAM run
     */
    public static boolean isOurs(Path path) {
        Kind k = of(path);
        return k == Kind.HCM || k == Kind.RAW_HIPERCAM;
    }

    static Kind classify(InputStream in) throws IOException {
        byte[] block = new byte[BLOCK];
        for (int b = 0; b < MAX_BLOCKS; b++) {
            if (in.readNBytes(block, 0, BLOCK) < BLOCK) {
                return b == 0 ? Kind.NOT_FITS : Kind.OTHER_FITS;
            }
            if (b == 0 && !new String(block, 0, 6, StandardCharsets.US_ASCII).equals("SIMPLE")) {
                return Kind.NOT_FITS;
            }
            for (int c = 0; c < BLOCK; c += CARD) {
                String card = new String(block, c, CARD, StandardCharsets.US_ASCII);
                Kind k = judge(card);
                if (k != null) {
                    return k;
                }
            }
        }
        return Kind.OTHER_FITS;
    }

    /** @return the kind this card decides, or null to read on */
    private static Kind judge(String card) {
        String key = card.substring(0, 8).strip();
        if (key.equals("END")) {
            return Kind.OTHER_FITS;
        }
        if (key.equals("HIPERCAM")) {
            String v = value(card).toUpperCase(Locale.ROOT);
            return v.equals("MCCD") || v.equals("CCD") ? Kind.HCM : null;
        }
        if (key.equals("HIERARCH")) {
            int eq = card.indexOf('=');
            String longKey = eq < 0 ? "" : card.substring(9, eq).strip().replaceAll("\\s+", " ");
            return longKey.equals("ESO DET READ CURNAME") ? Kind.RAW_HIPERCAM : null;
        }
        return null;
    }

    private static String value(String card) {
        if (card.length() < 10 || card.charAt(8) != '=') {
            return "";
        }
        String v = card.substring(10);
        int q1 = v.indexOf('\'');
        int q2 = q1 < 0 ? -1 : v.indexOf('\'', q1 + 1);
        return q2 > q1 ? v.substring(q1 + 1, q2).strip() : v.split("/", 2)[0].strip();
    }
}
