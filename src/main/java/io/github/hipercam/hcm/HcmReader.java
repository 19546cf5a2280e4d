package io.github.hipercam.hcm;

import io.github.hipercam.fits.FitsCards;
import io.github.hipercam.FormatException;
import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.model.Ccd;
import io.github.hipercam.model.CcdPars;
import io.github.hipercam.model.Frame;
import io.github.hipercam.model.Header;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.model.Window;
import io.github.hipercam.model.Winhead;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds CCDs and MCCDs from the HDUs of an open {@link HcmFile}. */
final class HcmReader {

    private final HcmFile file;
    private final Path path;

    HcmReader(HcmFile file) {
        this.file = file;
        this.path = file.path();
    }

    /** @return "CCD" or "MCCD", from the primary header */
    String type() {
        nom.tam.fits.Header h = file.header(0);
        if (!h.containsKey(HcmKeys.HIPERCAM)) {
            throw new FormatException(path + ": keyword HIPERCAM is missing from the primary "
                    + "header; this is not a HiPERCAM .hcm file");
        }
        String t = h.getStringValue(HcmKeys.HIPERCAM);
        t = t == null ? "" : t.strip();
        if (!t.equals("CCD") && !t.equals("MCCD")) {
            throw new FormatException(path + ": keyword HIPERCAM = '" + t
                    + "' in the primary header; expected 'CCD' or 'MCCD'");
        }
        return t;
    }

    Frame read() {
        return type().equals("CCD") ? readSingle() : readMulti();
    }

    Ccd readSingle() {
        return readBlock(0, file.size(), null);
    }

    Mccd readMulti() {
        Header head = FitsCards.toModel(file.header(0), Set.of(
                "SIMPLE", "BITPIX", "NAXIS", "EXTEND", "END", HcmKeys.NUMCCD, HcmKeys.HIPERCAM));
        head = dropWriterComments(head);
        Map<String, Ccd> ccds = new LinkedHashMap<>();
        for (int[] block : blocks(1)) {
            String label = ccdLabel(block[0]);
            if (ccds.containsKey(label)) {
                throw new FormatException(path + ": CCD '" + label + "' appears in two separate "
                        + "blocks of HDUs (HDU " + block[0] + "); a CCD's HDUs must be contiguous");
            }
            ccds.put(label, readBlock(block[0], block[1], label));
        }
        if (ccds.isEmpty()) {
            throw new FormatException(path + ": MCCD file has no window HDUs after the primary");
        }
        return new Mccd(ccds, head);
    }

    /**
     * @param label CCD label to extract
     * @return that CCD, from the first contiguous block of HDUs labelled with it
     */
    Ccd readCcd(String label) {
        int start = type().equals("MCCD") ? 1 : 0;
        for (int[] block : blocks(start)) {
            if (label.equals(ccdLabel(block[0]))) {
                return readBlock(block[0], block[1], label);
            }
        }
        throw new InvalidArgumentException(path + ": no CCD labelled '" + label + "'");
    }

    /** @return get_ccd_info: label, nxtot, nytot, nxpad, nypad of each CCD, from headers only */
    List<CcdPars> ccdInfo() {
        List<CcdPars> out = new ArrayList<>();
        for (int i = 0; i < file.size(); i++) {
            nom.tam.fits.Header h = file.header(i);
            if (h.containsKey(HcmKeys.NXTOT) && h.containsKey(HcmKeys.NYTOT)) {
                String where = path + ", HDU " + i;
                String label = h.containsKey(HcmKeys.CCD) ? h.getStringValue(HcmKeys.CCD).strip() : "1";
                out.removeIf(p -> p.label().equals(label));
                out.add(new CcdPars(label, requireInt(h, HcmKeys.NXTOT, where),
                        requireInt(h, HcmKeys.NYTOT, where), h.getIntValue(HcmKeys.NXPAD, 0),
                        h.getIntValue(HcmKeys.NYPAD, 0)));
            }
        }
        if (out.isEmpty()) {
            throw new FormatException(path + ": no HDU carries NXTOT and NYTOT; not a HiPERCAM .hcm file");
        }
        return out;
    }

    /** Splits HDUs from {@code start} into contiguous runs of the same CCD keyword. */
    private List<int[]> blocks(int start) {
        List<int[]> out = new ArrayList<>();
        int i = start;
        while (i < file.size()) {
            String label = ccdLabel(i);
            int j = i + 1;
            while (j < file.size() && label.equals(ccdLabel(j))) {
                j++;
            }
            out.add(new int[] {i, j});
            i = j;
        }
        return out;
    }

    private String ccdLabel(int hdu) {
        nom.tam.fits.Header h = file.header(hdu);
        if (!h.containsKey(HcmKeys.CCD)) {
            throw new FormatException(path + ": HDU " + hdu + " has no CCD keyword; every window HDU "
                    + "of an MCCD file must name its CCD");
        }
        return h.getStringValue(HcmKeys.CCD).strip();
    }

    private Ccd readBlock(int from, int to, String label) {
        nom.tam.fits.Header first = file.header(from);
        String where = path + ", HDU " + from + (label == null ? "" : " (CCD " + label + ")");
        int nxtot = requireInt(first, HcmKeys.NXTOT, where);
        int nytot = requireInt(first, HcmKeys.NYTOT, where);
        int nxpad = first.getIntValue(HcmKeys.NXPAD, 0);
        int nypad = first.getIntValue(HcmKeys.NYPAD, 0);
        Map<String, Window> windows = new LinkedHashMap<>();
        for (int i = from; i < to; i++) {
            String wlabel = windowLabel(i, windows.size() + 1);
            if (windows.containsKey(wlabel)) {
                throw new FormatException(path + ", HDU " + i + ": window label '" + wlabel
                        + "' clashes with an earlier window of the same CCD");
            }
            windows.put(wlabel, readWindow(i));
        }
        return new Ccd(windows, nxtot, nytot, nxpad, nypad);
    }

    private String windowLabel(int hdu, int sequence) {
        nom.tam.fits.Header h = file.header(hdu);
        if (h.containsKey(HcmKeys.WINDOW)) {
            String w = h.getStringValue(HcmKeys.WINDOW);
            if (w != null && !w.strip().isEmpty()) {
                return w.strip();
            }
        }
        return Integer.toString(sequence);
    }

    private Window readWindow(int hdu) {
        String where = path + ", HDU " + hdu;
        if (!file.isImage2d(hdu)) {
            throw new FormatException(where + ": expected a 2-dimensional image, found NAXIS = "
                    + file.header(hdu).getIntValue("NAXIS", 0));
        }
        nom.tam.fits.Header h = file.header(hdu);
        String outamp = h.containsKey(HcmKeys.OUTAMP) ? h.getStringValue(HcmKeys.OUTAMP).strip() : "";
        Winhead geom;
        try {
            geom = new Winhead(requireInt(h, HcmKeys.LLX, where), requireInt(h, HcmKeys.LLY, where),
                    h.getIntValue("NAXIS1"), h.getIntValue("NAXIS2"),
                    requireInt(h, HcmKeys.XBIN, where), requireInt(h, HcmKeys.YBIN, where), outamp);
        } catch (InvalidArgumentException e) {
            throw new FormatException(where + ": invalid window: " + e.getMessage(), e);
        }
        Header head = dropWriterComments(FitsCards.toModel(h, HcmKeys.GENERATED));
        return Pixels.toWindow(file.kernel(hdu), geom, head, h, path, hdu);
    }

    private static int requireInt(nom.tam.fits.Header h, String key, String where) {
        if (!h.containsKey(key)) {
            throw new io.github.hipercam.MissingKeywordException(where, key);
        }
        try {
            return Integer.parseInt(h.findCard(key).getValue().strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw new FormatException(where + ": keyword " + key + " = "
                    + h.findCard(key).getValue() + " is not an integer", e);
        }
    }

    /** The writer's explanatory COMMENT block is regenerated on writing; drop it on reading. */
    private static Header dropWriterComments(Header head) {
        boolean inBlock = false;
        Header.Builder b = Header.builder();
        for (io.github.hipercam.model.Card c : head) {
            if (c.key().equals("COMMENT") && c.value() instanceof String s) {
                if (s.startsWith(HcmKeys.WRITER_COMMENT_MCCD) || s.startsWith(HcmKeys.WRITER_COMMENT_CCD)) {
                    inBlock = true;
                    continue;
                }
                if (inBlock) {
                    continue;
                }
            } else {
                inBlock = false;
            }
            b.add(c);
        }
        return b.build();
    }
}
