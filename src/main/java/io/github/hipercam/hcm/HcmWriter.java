package io.github.hipercam.hcm;

import io.github.hipercam.fits.FitsCards;
import io.github.hipercam.HipercamException;
import io.github.hipercam.model.Card;
import io.github.hipercam.model.Ccd;
import io.github.hipercam.model.Header;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.model.Window;
import io.github.hipercam.model.Winhead;
import java.util.Map;
import nom.tam.fits.BasicHDU;
import nom.tam.fits.Fits;
import nom.tam.fits.FitsException;
import nom.tam.fits.HeaderCard;
import nom.tam.fits.NullDataHDU;

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
        nom.tam.fits.Header ph = new nom.tam.fits.Header();
        ph.setSimple(true);
        ph.setBitpix(nom.tam.fits.header.Bitpix.BYTE);
        ph.setNaxes(0);
        ph.addValue("EXTEND", true, null);
        addCards(ph, mccd.head());
        ph.addValue(HcmKeys.NUMCCD, mccd.ccds().size(), "Number of CCDs");
        ph.addValue(HcmKeys.HIPERCAM, "MCCD", "Type of HiPERCAM data (CCD | MCCD)");
        addMccdComments(ph);
        fits.addHDU(new NullDataHDU(ph));
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
        nom.tam.fits.Header ph = fits.getHDU(0).getHeader();
        ph.addValue(HcmKeys.HIPERCAM, "CCD", "Type of HiPERCAM data (CCD | MCCD)");
        addCcdComments(ph);
        return fits;
    }

    private static void addCcd(Fits fits, Ccd ccd, String cnam, int xoff, int yoff)
            throws FitsException {
        int i = 0;
        for (Map.Entry<String, Window> e : ccd.windows().entrySet()) {
            BasicHDU<?> hdu = Fits.makeHDU(pixels(e.getValue()));
            if (fits.getNumberOfHDUs() == 0) {
                hdu.getHeader().addValue("EXTEND", true, null);
            }
            nom.tam.fits.Header h = hdu.getHeader();
            if (cnam != null) {
                h.addValue(HcmKeys.CCD, cnam, "CCD label");
            }
            if (i == 0) {
                h.addValue(HcmKeys.NXTOT, ccd.nxtot(), "Total unbinned X dimension");
                h.addValue(HcmKeys.NYTOT, ccd.nytot(), "Total unbinned Y dimension");
                h.addValue(HcmKeys.NUMWIN, ccd.windows().size(), "Total number of windows");
                h.addValue(HcmKeys.NXPAD, ccd.nxpad(), "X-padding for display purposes");
                h.addValue(HcmKeys.NYPAD, ccd.nypad(), "Y-padding for display purposes");
            }
            h.addValue(HcmKeys.WINDOW, e.getKey(), "Window label");
            addWindowCards(h, e.getValue(), xoff, yoff);
            if (cnam != null) {
                h.addValue("EXTNAME", "C:" + cnam + ", W:" + e.getKey(), "name of this image extension");
            } else if (fits.getNumberOfHDUs() > 0) {
                h.addValue("EXTNAME", "W:" + e.getKey(), "name of this image extension");
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

    private static void addWindowCards(nom.tam.fits.Header h, Window w, int xoff, int yoff)
            throws FitsException {
        addCards(h, w.header());
        Winhead g = w.geometry();
        h.addValue(HcmKeys.LLX, g.llx(), "X-ordinate of lower-left pixel");
        h.addValue(HcmKeys.LLY, g.lly(), "Y-ordinate of lower-left pixel");
        h.addValue(HcmKeys.XBIN, g.xbin(), "X-binning factor");
        h.addValue(HcmKeys.YBIN, g.ybin(), "Y-binning factor");
        h.addValue(HcmKeys.OUTAMP, g.outamp(), "Location of output amplifier");
        addMosaicCards(h, g, xoff, yoff);
    }

    /** The ds9/IRAF mosaic keywords of the reference's Window.whdu. */
    private static void addMosaicCards(nom.tam.fits.Header h, Winhead g, int xoff, int yoff)
            throws FitsException {
        h.addValue("CCDSUM", g.xbin() + " " + g.ybin(), null);
        h.addValue("CCDSEC", "[1:" + g.nx() + ",1:" + g.ny() + "]", null);
        h.addValue("AMPSEC", "[1:" + g.nx() + ",1:" + g.ny() + "]", null);
        h.addValue("DATASEC", "[" + g.llx() + ":" + g.urx() + "," + g.lly() + ":" + g.ury() + "]", null);
        h.addValue("DETSEC", "[" + (xoff + g.llx()) + ":" + (xoff + g.urx()) + ","
                + (yoff + g.lly()) + ":" + (yoff + g.ury()) + "]", null);
        h.addValue("ATM1_1", 1.0, null);
        h.addValue("ATM2_2", 1.0, null);
        h.addValue("ATV1", 0.0, null);
        h.addValue("ATV2", 0.0, null);
        h.addValue("LTM1_1", 1.0 / g.xbin(), null);
        h.addValue("LTM2_2", 1.0 / g.ybin(), null);
        h.addValue("LTV1", 1 - (g.llx() + (g.xbin() - 1) / 2.0) / g.xbin(), null);
        h.addValue("LTV2", 1 - (g.lly() + (g.ybin() - 1) / 2.0) / g.ybin(), null);
        h.addValue("DTM1_1", 1.0, null);
        h.addValue("DTM2_2", 1.0, null);
        h.addValue("DTV1", (double) xoff, null);
        h.addValue("DTV2", (double) yoff, null);
        h.addValue("WCSNAMEP", "PHYSICAL", null);
        h.addValue("CTYPE1", "PIXEL", null);
        h.addValue("CTYPE2", "PIXEL", null);
        h.addValue("CRPIX1", 1.0, null);
        h.addValue("CRPIX2", 1.0, null);
        h.addValue("CRVAL1", (double) (xoff + g.llx()), null);
        h.addValue("CRVAL2", (double) (yoff + g.lly()), null);
        h.addValue("CD1_1", (double) g.xbin(), null);
        h.addValue("CD2_2", (double) g.ybin(), null);
    }

    private static void addCards(nom.tam.fits.Header h, Header cards) throws FitsException {
        for (Card c : cards) {
            if (HcmKeys.GENERATED.contains(c.key())) {
                continue;
            }
            HeaderCard fc = FitsCards.toFits(c);
            if (c.isCommentary()) {
                h.addLine(fc);
            } else {
                h.deleteKey(fc.getKey());
                h.addLine(fc);
            }
        }
    }

    private static void addMccdComments(nom.tam.fits.Header h) {
        String[] lines = {
            HcmKeys.WRITER_COMMENT_MCCD + " hipercam-ij (Java).",
            "Each window of each CCD is written in a series of HDUs following an",
            "HDU containing only the header. These follow an overall header for the",
            "MCCD containing top-level information. The headers of the data window",
            "HDUs have keywords LLX, LLY giving the pixel location in unbinned",
            "pixels and XBIN and YBIN for their binning factors. The total unbinned",
            "dimensions of each CCD are stored under keywords NXTOT and NYTOT for",
            "each CCD. Each HDU associated with a given CCD is labelled with a",
            "header keyword CCD."};
        for (String s : lines) {
            h.insertComment(s);
        }
    }

    private static void addCcdComments(nom.tam.fits.Header h) {
        String[] lines = {
            HcmKeys.WRITER_COMMENT_CCD + " hipercam-ij (Java).",
            "Multiple sub-windows are written as a series of HDUs. LLX and LLY give",
            "the pixel location in unbinned pixels of their lower-left corners. XBIN",
            "and YBIN are the binning factors. The first HDU contains the main header",
            "along with NXTOT and NYTOT, the total unbinned dimensions of the imaging",
            "area of the CCD, NXPAD and NYPAD to account for pre- and over-scans for",
            "display purposes, and NUMWIN the number of windows which should match",
            "the number of HDUs following the first."};
        for (String s : lines) {
            h.insertComment(s);
        }
    }
}
