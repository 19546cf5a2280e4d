package io.github.hipercam.hcm;

import java.util.Set;
import nom.tam.fits.header.IFitsHeader;

/**
 * The keywords of the {@code .hcm} format, as nom-tam-fits standard keywords
 * are: each is an {@link IFitsHeader} whose comment is the one the writer
 * puts on its card, as the reference's {@code CCD.whdul}/{@code Window.whdu} do.
 */
public enum HcmKey implements IFitsHeader {

    /** Type of data: {@code CCD} or {@code MCCD}. */
    HIPERCAM("HIPERCAM", HDU.PRIMARY, VALUE.STRING, "Type of HiPERCAM data (CCD | MCCD)"),
    /** Number of CCDs of an MCCD file. */
    NUMCCD("NUMCCD", HDU.PRIMARY, VALUE.INTEGER, "Number of CCDs"),
    /** Label of the CCD an HDU belongs to (MCCD files). */
    CCD("CCD", HDU.ANY, VALUE.STRING, "CCD label"),
    /** Label of the window an HDU holds. */
    WINDOW("WINDOW", HDU.ANY, VALUE.STRING, "Window label"),
    /** Total unbinned X dimension of the CCD (first HDU of a CCD). */
    NXTOT("NXTOT", HDU.ANY, VALUE.INTEGER, "Total unbinned X dimension"),
    /** Total unbinned Y dimension of the CCD (first HDU of a CCD). */
    NYTOT("NYTOT", HDU.ANY, VALUE.INTEGER, "Total unbinned Y dimension"),
    /** Number of windows of the CCD (first HDU of a CCD). */
    NUMWIN("NUMWIN", HDU.ANY, VALUE.INTEGER, "Total number of windows"),
    /** X padding for display (first HDU of a CCD). */
    NXPAD("NXPAD", HDU.ANY, VALUE.INTEGER, "X-padding for display purposes"),
    /** Y padding for display (first HDU of a CCD). */
    NYPAD("NYPAD", HDU.ANY, VALUE.INTEGER, "Y-padding for display purposes"),
    /** X of the window's lower-left pixel, unbinned, from 1. */
    LLX("LLX", HDU.ANY, VALUE.INTEGER, "X-ordinate of lower-left pixel"),
    /** Y of the window's lower-left pixel, unbinned, from 1. */
    LLY("LLY", HDU.ANY, VALUE.INTEGER, "Y-ordinate of lower-left pixel"),
    /** Binning in X. */
    XBIN("XBIN", HDU.ANY, VALUE.INTEGER, "X-binning factor"),
    /** Binning in Y. */
    YBIN("YBIN", HDU.ANY, VALUE.INTEGER, "Y-binning factor"),
    /** Location of the window's output amplifier. */
    OUTAMP("OUTAMP", HDU.ANY, VALUE.STRING, "Location of output amplifier");

    /** Keywords that FITS structure or the .hcm layout regenerate on writing. */
    static final Set<String> GENERATED = Set.of(
            "SIMPLE", "BITPIX", "NAXIS", "NAXIS1", "NAXIS2", "NAXIS3", "EXTEND", "XTENSION",
            "PCOUNT", "GCOUNT", "BSCALE", "BZERO", "END",
            HIPERCAM.key(), NUMCCD.key(), CCD.key(), WINDOW.key(), NXTOT.key(), NYTOT.key(), NUMWIN.key(),
            NXPAD.key(), NYPAD.key(), LLX.key(), LLY.key(), XBIN.key(), YBIN.key(), OUTAMP.key(),
            "CCDSUM", "CCDSEC", "AMPSEC", "DATASEC", "DETSEC",
            "ATM1_1", "ATM2_2", "ATV1", "ATV2", "LTM1_1", "LTM2_2", "LTV1", "LTV2",
            "DTM1_1", "DTM2_2", "DTV1", "DTV2", "WCSNAMEP", "CTYPE1", "CTYPE2",
            "CRPIX1", "CRPIX2", "CRVAL1", "CRVAL2", "CD1_1", "CD2_2", "EXTNAME");

    /** The COMMENT lines that the writer adds to an MCCD file's primary header start with this. */
    static final String WRITER_COMMENT_MCCD = "Data representing multiple CCDs written by";
    /** The COMMENT lines that the writer adds to a CCD file's primary header start with this. */
    static final String WRITER_COMMENT_CCD = "Data representing a single CCD frame written by";

    private final String key;
    private final HDU hdu;
    private final VALUE type;
    private final String comment;

    HcmKey(String key, HDU hdu, VALUE type, String comment) {
        this.key = key;
        this.hdu = hdu;
        this.type = type;
        this.comment = comment;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String comment() {
        return comment;
    }

    @Override
    public HDU hdu() {
        return hdu;
    }

    @Override
    public SOURCE status() {
        return SOURCE.UNKNOWN;
    }

    @Override
    public VALUE valueType() {
        return type;
    }
}
