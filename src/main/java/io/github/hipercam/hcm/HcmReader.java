package io.github.hipercam.hcm;

import io.github.hipercam.FormatException;
import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.fits.HduFile;
import io.github.hipercam.fits.HduHeader;
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

/** Builds CCDs and MCCDs from the HDUs of an open {@link HduFile}. */
final class HcmReader {

    private final HduFile file;
    private final Path path;

    HcmReader(HduFile file) {
        this.file = file;
        this.path = file.path();
    }

    /** @return "CCD" or "MCCD", from the primary header */
    String type() {
        HduHeader h = file.header(0);
        if (!h.has(HcmKey.HIPERCAM)) {
            throw new FormatException(path + ": keyword HIPERCAM is missing from the primary "
                    + "header; this is not a HiPERCAM .hcm file");
        }
        String t = h.string(HcmKey.HIPERCAM).orElse("").strip();
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
        Header head = file.header(0).toModel(Set.of(
                "SIMPLE", "BITPIX", "NAXIS", "EXTEND", "END", HcmKey.NUMCCD.key(), HcmKey.HIPERCAM.key()));
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
            HduHeader h = file.header(i);
            if (h.has(HcmKey.NXTOT) && h.has(HcmKey.NYTOT)) {
                String where = h.where();
                String label = h.string(HcmKey.CCD).orElse("1").strip();
                out.removeIf(p -> p.label().equals(label));
                out.add(new CcdPars(label, h.requireInt(HcmKey.NXTOT, where),
                        h.requireInt(HcmKey.NYTOT, where), h.intValue(HcmKey.NXPAD, 0),
                        h.intValue(HcmKey.NYPAD, 0)));
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
        return file.header(hdu).string(HcmKey.CCD).orElseThrow(() -> new FormatException(path + ": HDU " + hdu
                + " has no CCD keyword; every window HDU of an MCCD file must name its CCD")).strip();
    }

    private Ccd readBlock(int from, int to, String label) {
        HduHeader first = file.header(from);
        String where = path + ", HDU " + from + (label == null ? "" : " (CCD " + label + ")");
        int nxtot = first.requireInt(HcmKey.NXTOT, where);
        int nytot = first.requireInt(HcmKey.NYTOT, where);
        int nxpad = first.intValue(HcmKey.NXPAD, 0);
        int nypad = first.intValue(HcmKey.NYPAD, 0);
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
        String w = file.header(hdu).string(HcmKey.WINDOW).orElse("").strip();
        return w.isEmpty() ? Integer.toString(sequence) : w;
    }

    private Window readWindow(int hdu) {
        String where = path + ", HDU " + hdu;
        if (!file.isImage2d(hdu)) {
            throw new FormatException(where + ": expected a 2-dimensional image, found NAXIS = "
                    + file.header(hdu).naxis());
        }
        HduHeader h = file.header(hdu);
        String outamp = h.string(HcmKey.OUTAMP).orElse("").strip();
        Winhead geom;
        try {
            geom = new Winhead(h.requireInt(HcmKey.LLX, where), h.requireInt(HcmKey.LLY, where),
                    h.axis(1), h.axis(2), h.requireInt(HcmKey.XBIN, where), h.requireInt(HcmKey.YBIN, where), outamp);
        } catch (InvalidArgumentException e) {
            throw new FormatException(where + ": invalid window: " + e.getMessage(), e);
        }
        Header head = dropWriterComments(h.toModel(HcmKey.GENERATED));
        return Pixels.toWindow(file.kernel(hdu), geom, head, h, path, hdu);
    }

    /** The writer's explanatory COMMENT block is regenerated on writing; drop it on reading. */
    private static Header dropWriterComments(Header head) {
        boolean inBlock = false;
        Header.Builder b = Header.builder();
        for (io.github.hipercam.model.Card c : head) {
            if (c.key().equals("COMMENT") && c.value() instanceof String s) {
                if (s.startsWith(HcmKey.WRITER_COMMENT_MCCD) || s.startsWith(HcmKey.WRITER_COMMENT_CCD)) {
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
