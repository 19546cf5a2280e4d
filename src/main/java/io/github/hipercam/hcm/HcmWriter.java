package io.github.hipercam.hcm;

import io.github.hipercam.HipercamException;
import io.github.hipercam.fits.HeaderWriter;
import io.github.hipercam.model.Ccd;
import io.github.hipercam.model.Header;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.model.Window;
import io.github.hipercam.model.Winhead;
import java.util.Map;
import nom.tam.fits.BasicHDU;
import nom.tam.fits.Fits;
import nom.tam.fits.FitsException;

/**
 * Lays out CCDs and MCCDs as FITS HDUs the way the reference's
 * {@code CCD.whdul}/{@code Window.whdu} do, with ds9/IRAF mosaic keywords.
 */
final class HcmWriter {

    /** CCDs per row of the ds9 mosaic, as in the reference. */
    private static final int MOSAIC_NX = 3;
    /** Gap between CCDs in the ds9 mosaic, unbinned pixels. */
    private static final int MOSAIC_GAP = 200;

    private HcmWriter() {
    }

    static Fits layout(Mccd mccd) throws FitsException {
        Fits fits = new Fits();
        HeaderWriter ph = HeaderWriter.primary()
                .cards(mccd.head(), HcmKey.GENERATED)
                .add(HcmKey.NUMCCD, mccd.ccds().size())
                .add(HcmKey.HIPERCAM, "MCCD");
        addMccdComments(ph);
        fits.addHDU(ph.nullDataHdu());
        int xoff = 0;
        int yoff = 0;
        int n = 0;
        for (Map.Entry<String, Ccd> e : mccd.ccds().entrySet()) {
            Ccd ccd = e.getValue();
            addCcd(fits, ccd, e.getKey(), xoff, yoff);
            n++;
            if (n % MOSAIC_NX == 0) {
                xoff = 0;
                yoff -= ccd.nytot() + 2 * ccd.nypad() + MOSAIC_GAP;
            } else {
                xoff += ccd.nxtot() + 2 * ccd.nxpad() + MOSAIC_GAP;
            }
        }
        return fits;
    }

    static Fits layout(Ccd ccd) throws FitsException, java.io.IOException {
        if (ccd.windows().isEmpty()) {
            throw new HipercamException("a CCD with no windows cannot be written as .hcm");
        }
        Fits fits = new Fits();
        addCcd(fits, ccd, null, 0, 0);
        HeaderWriter ph = HeaderWriter.of(fits.getHDU(0)).add(HcmKey.HIPERCAM, "CCD");
        addCcdComments(ph);
        return fits;
    }

    private static void addCcd(Fits fits, Ccd ccd, String cnam, int xoff, int yoff)
            throws FitsException {
        int i = 0;
        for (Map.Entry<String, Window> e : ccd.windows().entrySet()) {
            BasicHDU<?> hdu = Fits.makeHDU(pixels(e.getValue()));
            HeaderWriter h = HeaderWriter.of(hdu);
            if (fits.getNumberOfHDUs() == 0) {
                h.add("EXTEND", true, null);
            }
            if (cnam != null) {
                h.add(HcmKey.CCD, cnam);
            }
            if (i == 0) {
                h.add(HcmKey.NXTOT, ccd.nxtot()).add(HcmKey.NYTOT, ccd.nytot())
                        .add(HcmKey.NUMWIN, ccd.windows().size())
                        .add(HcmKey.NXPAD, ccd.nxpad()).add(HcmKey.NYPAD, ccd.nypad());
            }
            h.add(HcmKey.WINDOW, e.getKey());
            addWindowCards(h, e.getValue(), xoff, yoff);
            if (cnam != null) {
                h.add("EXTNAME", "C:" + cnam + ", W:" + e.getKey(), "name of this image extension");
            } else if (fits.getNumberOfHDUs() > 0) {
                h.add("EXTNAME", "W:" + e.getKey(), "name of this image extension");
            }
            fits.addHDU(hdu);
            i++;
        }
    }

    private static Object pixels(Window w) {
        int nx = w.nx();
        int ny = w.ny();
        if (w.isFloat64()) {
            double[] flat = w.toDoubles();
            double[][] out = new double[ny][nx];
            for (int y = 0; y < ny; y++) {
                System.arraycopy(flat, y * nx, out[y], 0, nx);
            }
            return out;
        }
        float[][] out = new float[ny][nx];
        for (int y = 0; y < ny; y++) {
            w.copyRow(y, out[y], 0);
        }
        return out;
    }

    private static void addWindowCards(HeaderWriter h, Window w, int xoff, int yoff)
            throws FitsException {
        Winhead g = w.geometry();
        h.cards(w.header(), HcmKey.GENERATED)
                .add(HcmKey.LLX, g.llx()).add(HcmKey.LLY, g.lly())
                .add(HcmKey.XBIN, g.xbin()).add(HcmKey.YBIN, g.ybin())
                .add(HcmKey.OUTAMP, g.outamp());
        addMosaicCards(h, g, xoff, yoff);
    }

    /** The ds9/IRAF mosaic keywords of the reference's Window.whdu. */
    private static void addMosaicCards(HeaderWriter h, Winhead g, int xoff, int yoff)
            throws FitsException {
        h.add("CCDSUM", g.xbin() + " " + g.ybin(), null);
        h.add("CCDSEC", "[1:" + g.nx() + ",1:" + g.ny() + "]", null);
        h.add("AMPSEC", "[1:" + g.nx() + ",1:" + g.ny() + "]", null);
        h.add("DATASEC", "[" + g.llx() + ":" + g.urx() + "," + g.lly() + ":" + g.ury() + "]", null);
        h.add("DETSEC", "[" + (xoff + g.llx()) + ":" + (xoff + g.urx()) + ","
                + (yoff + g.lly()) + ":" + (yoff + g.ury()) + "]", null);
        h.add("ATM1_1", 1.0, null);
        h.add("ATM2_2", 1.0, null);
        h.add("ATV1", 0.0, null);
        h.add("ATV2", 0.0, null);
        h.add("LTM1_1", 1.0 / g.xbin(), null);
        h.add("LTM2_2", 1.0 / g.ybin(), null);
        h.add("LTV1", 1 - (g.llx() + (g.xbin() - 1) / 2.0) / g.xbin(), null);
        h.add("LTV2", 1 - (g.lly() + (g.ybin() - 1) / 2.0) / g.ybin(), null);
        h.add("DTM1_1", 1.0, null);
        h.add("DTM2_2", 1.0, null);
        h.add("DTV1", (double) xoff, null);
        h.add("DTV2", (double) yoff, null);
        h.add("WCSNAMEP", "PHYSICAL", null);
        h.add("CTYPE1", "PIXEL", null);
        h.add("CTYPE2", "PIXEL", null);
        h.add("CRPIX1", 1.0, null);
        h.add("CRPIX2", 1.0, null);
        h.add("CRVAL1", (double) (xoff + g.llx()), null);
        h.add("CRVAL2", (double) (yoff + g.lly()), null);
        h.add("CD1_1", (double) g.xbin(), null);
        h.add("CD2_2", (double) g.ybin(), null);
    }

    private static void addMccdComments(HeaderWriter h) {
        String[] lines = {
            HcmKey.WRITER_COMMENT_MCCD + " hipercam-ij (Java).",
            "Each window of each CCD is written in a series of HDUs following an",
            "HDU containing only the header. These follow an overall header for the",
            "MCCD containing top-level information. The headers of the data window",
            "HDUs have keywords LLX, LLY giving the pixel location in unbinned",
            "pixels and XBIN and YBIN for their binning factors. The total unbinned",
            "dimensions of each CCD are stored under keywords NXTOT and NYTOT for",
            "each CCD. Each HDU associated with a given CCD is labelled with a",
            "header keyword CCD."};
        for (String s : lines) {
            h.comment(s);
        }
    }

    private static void addCcdComments(HeaderWriter h) {
        String[] lines = {
            HcmKey.WRITER_COMMENT_CCD + " hipercam-ij (Java).",
            "Multiple sub-windows are written as a series of HDUs. LLX and LLY give",
            "the pixel location in unbinned pixels of their lower-left corners. XBIN",
            "and YBIN are the binning factors. The first HDU contains the main header",
            "along with NXTOT and NYTOT, the total unbinned dimensions of the imaging",
            "area of the CCD, NXPAD and NYPAD to account for pre- and over-scans for",
            "display purposes, and NUMWIN the number of windows which should match",
            "the number of HDUs following the first."};
        for (String s : lines) {
            h.comment(s);
        }
    }
}
