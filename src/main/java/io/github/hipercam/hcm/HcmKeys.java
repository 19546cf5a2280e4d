package io.github.hipercam.hcm;

import java.util.Set;

/** Keywords of the .hcm format. */
final class HcmKeys {

    static final String HIPERCAM = "HIPERCAM";
    static final String NUMCCD = "NUMCCD";
    static final String CCD = "CCD";
    static final String WINDOW = "WINDOW";
    static final String NXTOT = "NXTOT";
    static final String NYTOT = "NYTOT";
    static final String NUMWIN = "NUMWIN";
    static final String NXPAD = "NXPAD";
    static final String NYPAD = "NYPAD";
    static final String LLX = "LLX";
    static final String LLY = "LLY";
    static final String XBIN = "XBIN";
    static final String YBIN = "YBIN";
    static final String OUTAMP = "OUTAMP";

    /** Keywords that FITS structure or the .hcm layout regenerate on writing. */
    static final Set<String> GENERATED = Set.of(
            "SIMPLE", "BITPIX", "NAXIS", "NAXIS1", "NAXIS2", "NAXIS3", "EXTEND", "XTENSION",
            "PCOUNT", "GCOUNT", "BSCALE", "BZERO", "END",
            HIPERCAM, NUMCCD, CCD, WINDOW, NXTOT, NYTOT, NUMWIN, NXPAD, NYPAD,
            LLX, LLY, XBIN, YBIN, OUTAMP,
            "CCDSUM", "CCDSEC", "AMPSEC", "DATASEC", "DETSEC",
            "ATM1_1", "ATM2_2", "ATV1", "ATV2", "LTM1_1", "LTM2_2", "LTV1", "LTV2",
            "DTM1_1", "DTM2_2", "DTV1", "DTV2", "WCSNAMEP", "CTYPE1", "CTYPE2",
            "CRPIX1", "CRPIX2", "CRVAL1", "CRVAL2", "CD1_1", "CD2_2", "EXTNAME");

    /** The COMMENT lines that the writer adds to the primary header start with this. */
    static final String WRITER_COMMENT_MCCD = "Data representing multiple CCDs written by";
    static final String WRITER_COMMENT_CCD = "Data representing a single CCD frame written by";

    private HcmKeys() {
    }
}
