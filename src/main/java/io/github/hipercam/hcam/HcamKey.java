package io.github.hipercam.hcam;

import io.github.hipercam.InvalidArgumentException;
import nom.tam.fits.header.IFitsHeader;

/**
 * The keywords of a raw HiPERCAM run's primary header, as nom-tam-fits
 * standard keywords are: each is an {@link IFitsHeader}, so that the reader,
 * the synthetic writer and the file server name them once. {@link #item()}
 * gives the keyword as the model's {@code Header} spells it (HIERARCH dropped,
 * words separated by spaces); {@link #key()} as FITS spells it.
 *
 * <p>Some keywords are families: {@code {n}} stands for a CCD (1 to 5) or a
 * window set (1, 2) and {@code {q}} for a quadrant (E, F, G, H); fill them in
 * with {@link #item(int)} or {@link #item(int, String)}.
 */
public enum HcamKey implements IFitsHeader {

    /** Bits per value (16 for a raw run). */
    BITPIX("BITPIX", VALUE.INTEGER, "Bits per data value"),
    /** 16-bit words in one frame. */
    NAXIS1("NAXIS1", VALUE.INTEGER, "Words per frame"),
    /** Frames in the run, 0 while it is being written. */
    NAXIS3("NAXIS3", VALUE.INTEGER, "Number of frames"),
    /** Scale of the data values. */
    BSCALE("BSCALE", VALUE.REAL, "Data scale"),
    /** Offset of the data values. */
    BZERO("BZERO", VALUE.REAL, "Data offset"),
    /** Readout mode: FullFrame, OneWindow, TwoWindow or Drift. */
    MODE("ESO DET READ CURNAME", VALUE.STRING, "Readout mode"),
    /** Clear the CCDs before each exposure. */
    CLEAR("ESO DET CLRCCD", VALUE.LOGICAL, "Clear CCD before exposure"),
    /** The dummy output is on. */
    DUMMY("ESO DET DUMMY", VALUE.LOGICAL, "Dummy output"),
    /** Overscan rows included. */
    OSCAN("ESO DET INCOVSCY", VALUE.LOGICAL, "Include overscan"),
    /** Prescan columns included. */
    PSCAN("ESO DET INCPRSCX", VALUE.LOGICAL, "Include prescan"),
    /** Samples per pixel. */
    NSAMP("ESO DET NSAMP", VALUE.INTEGER, "Samples per pixel"),
    /** Binning in x. */
    XBIN("ESO DET BINX1", VALUE.INTEGER, "Binning factor along X"),
    /** Binning in y. */
    YBIN("ESO DET BINY1", VALUE.INTEGER, "Binning factor along Y"),
    /** CCD clock speed. */
    SPEED("ESO DET SPEED", VALUE.INTEGER, "CCD clock speed"),
    /** GPS flag. */
    GPS("ESO DET GPS", VALUE.LOGICAL, "GPS flag status"),
    /** Exposure delay, ms. */
    TDELAY("ESO DET TDELAY", VALUE.REAL, "Exposure delay (ms)"),
    /** Read time, ms. */
    TREAD("ESO DET TREAD", VALUE.REAL, "Read time (ms)"),
    /** Frame transfer time, ms. */
    TFT("ESO DET TFT", VALUE.REAL, "Frame transfer time (ms)"),
    /** Clear time, ms. */
    TCLEAR("ESO DET TCLEAR", VALUE.REAL, "Clear time (ms)"),
    /** Windows in the drift-mode storage area. */
    DRIFT_NWINS("ESO DET DRIFT NWINS", VALUE.INTEGER, "Windows in the storage area"),
    /** Drift mode line dump time. */
    DRIFT_LINEDUMP("ESO DET DRIFT TLINEDUMP", VALUE.REAL, "Line dump time"),
    /** Drift mode line shift time. */
    DRIFT_LINESHIFT("ESO DET DRIFT TLINESHIFT", VALUE.REAL, "Line shift time"),
    /** Width of the acquisition window (the file server sizes frames from it). */
    ACQ_NX("ESO DET ACQ1 WIN NX", VALUE.INTEGER, "Acquisition window X"),
    /** Height of the acquisition window. */
    ACQ_NY("ESO DET ACQ1 WIN NY", VALUE.INTEGER, "Acquisition window Y"),
    /** Readout cycles skipped by CCD {n}. */
    NSKIPS("ESO DET NSKIPS{n}", VALUE.INTEGER, "Readout cycles skipped"),
    /** CCD {n} is rotated by 180 degrees. */
    ROTATE("ESO DET ROTATE{n}", VALUE.LOGICAL, "CCD rotated"),
    /** CCD {n} is reflected. */
    REFLECT("ESO DET REFLECT{n}", VALUE.LOGICAL, "CCD reflected"),
    /** Readout noise of CCD {n}. */
    CHIP_RON("ESO DET CHIP{n} RON", VALUE.REAL, "Readout noise"),
    /** Gain of CCD {n}. */
    CHIP_GAIN("ESO DET CHIP{n} GAIN", VALUE.REAL, "Gain"),
    /** Unbinned width of the windows of set {n}. */
    WIN_NX("ESO DET WIN{n} NX", VALUE.INTEGER, "Window width"),
    /** Unbinned height of the windows of set {n}. */
    WIN_NY("ESO DET WIN{n} NY", VALUE.INTEGER, "Window height"),
    /** X start of the window of set {n} in quadrant {q}. */
    WIN_XS("ESO DET WIN{n} XS{q}", VALUE.INTEGER, "Window X start"),
    /** Y start of the windows of set {n}. */
    WIN_YS("ESO DET WIN{n} YS", VALUE.INTEGER, "Window Y start"),
    /** Unbinned width of the drift-mode windows. */
    DRWIN_NX("ESO DET DRWIN NX", VALUE.INTEGER, "Drift window width"),
    /** Unbinned height of the drift-mode windows. */
    DRWIN_NY("ESO DET DRWIN NY", VALUE.INTEGER, "Drift window height"),
    /** X start of the drift-mode window in quadrant {q}. */
    DRWIN_XS("ESO DET DRWIN XS{q}", VALUE.INTEGER, "Drift window X start"),
    /** Y start of the drift-mode windows. */
    DRWIN_YS("ESO DET DRWIN YS", VALUE.INTEGER, "Drift window Y start");

    /** Top-level items copied as they are when full headers are asked for, in order. */
    static final String[] COPIED = {"DATE", "OBJECT", "FILTERS", "PI", "OBSERVER", "RA", "DEC", "RADEG",
        "DECDEG", "INSTRPA", "IMAGETYP"};

    private final String item;
    private final VALUE type;
    private final String comment;

    HcamKey(String item, VALUE type, String comment) {
        this.item = item;
        this.type = type;
        this.comment = comment;
    }

    /**
     * @return the keyword as the model's header spells it
     * @throws InvalidArgumentException for a family, which needs its indices
     */
    public String item() {
        if (item.contains("{")) {
            throw new InvalidArgumentException(name() + " is a family of keywords (" + item + "); give its index");
        }
        return item;
    }

    /**
     * @param n the CCD (1 to 5) or window set
     * @return the keyword of that CCD or set
     */
    public String item(int n) {
        return item.replace("{n}", Integer.toString(n));
    }

    /**
     * @param n the window set
     * @param quadrant the quadrant, E, F, G or H
     * @return the keyword of that set and quadrant
     */
    public String item(int n, String quadrant) {
        return item(n).replace("{q}", quadrant);
    }

    /** @return the keyword as FITS spells it: HIERARCH keys with dots, as nom-tam-fits does */
    @Override
    public String key() {
        String k = item.replace("{n}", "n").replace("{q}", "q");
        return k.length() <= 8 && !k.contains(" ") ? k : "HIERARCH." + k.replace(' ', '.');
    }

    @Override
    public String comment() {
        return comment;
    }

    @Override
    public HDU hdu() {
        return HDU.PRIMARY;
    }

    @Override
    public SOURCE status() {
        return SOURCE.ESO;
    }

    @Override
    public VALUE valueType() {
        return type;
    }
}
