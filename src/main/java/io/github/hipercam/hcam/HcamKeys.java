package io.github.hipercam.hcam;

/**
 * Header keywords of a raw HiPERCAM run, as the model's {@code Header} spells
 * them (HIERARCH prefix dropped, words separated by spaces).
 */
final class HcamKeys {

    static final String BITPIX = "BITPIX";
    static final String NAXIS1 = "NAXIS1";
    static final String NAXIS3 = "NAXIS3";
    static final String MODE = "ESO DET READ CURNAME";
    static final String CLEAR = "ESO DET CLRCCD";
    static final String DUMMY = "ESO DET DUMMY";
    static final String OSCAN = "ESO DET INCOVSCY";
    static final String PSCAN = "ESO DET INCPRSCX";
    static final String NSAMP = "ESO DET NSAMP";
    static final String XBIN = "ESO DET BINX1";
    static final String YBIN = "ESO DET BINY1";
    static final String SPEED = "ESO DET SPEED";
    static final String GPS = "ESO DET GPS";
    static final String TDELAY = "ESO DET TDELAY";
    static final String TREAD = "ESO DET TREAD";
    static final String TFT = "ESO DET TFT";
    static final String TCLEAR = "ESO DET TCLEAR";
    static final String DRIFT_NWINS = "ESO DET DRIFT NWINS";
    static final String DRIFT_LINEDUMP = "ESO DET DRIFT TLINEDUMP";
    static final String DRIFT_LINESHIFT = "ESO DET DRIFT TLINESHIFT";
    static final String ACQ_NX = "ESO DET ACQ1 WIN NX";
    static final String ACQ_NY = "ESO DET ACQ1 WIN NY";
    static final String DRIFT_WINDOW = "ESO DET DRWIN ";

    /** Top-level items copied as they are when full headers are asked for, in order. */
    static final String[] COPIED = {"DATE", "OBJECT", "FILTERS", "PI", "OBSERVER", "RA", "DEC", "RADEG",
        "DECDEG", "INSTRPA", "IMAGETYP"};

    private HcamKeys() {
    }

    /** @param ccd 1..5 @return the NSKIP keyword of that CCD */
    static String nskip(int ccd) {
        return "ESO DET NSKIPS" + ccd;
    }

    /** @param ccd 1..5 @return the rotation keyword of that CCD */
    static String rotate(int ccd) {
        return "ESO DET ROTATE" + ccd;
    }

    /** @param ccd 1..5 @return the reflection keyword of that CCD */
    static String reflect(int ccd) {
        return "ESO DET REFLECT" + ccd;
    }

    /** @param ccd 1..5 @return the readout-noise keyword of that CCD */
    static String ron(int ccd) {
        return "ESO DET CHIP" + ccd + " RON";
    }

    /** @param ccd 1..5 @return the gain keyword of that CCD */
    static String gain(int ccd) {
        return "ESO DET CHIP" + ccd + " GAIN";
    }

    /** @param set 1 or 2 @return the prefix of that window set's keywords */
    static String window(int set) {
        return "ESO DET WIN" + set + " ";
    }
}
