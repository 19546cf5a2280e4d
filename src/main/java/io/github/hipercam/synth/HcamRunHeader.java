package io.github.hipercam.synth;

import io.github.hipercam.model.Header;

/** The primary header of a synthetic raw run, with the keywords the camera writes. */
final class HcamRunHeader {

    private static final String[] QUADS = {"E", "F", "G", "H"};

    private HcamRunHeader() {
    }

    static Header cards(HcamRunSpec spec, int naxis1, int naxis3) {
        Header.Builder b = Header.builder();
        b.set("SIMPLE", true, "conforms to FITS standard").set("BITPIX", 16, "array data type");
        b.set("NAXIS", 3, "number of array dimensions").set("NAXIS1", naxis1, "").set("NAXIS2", 1, "");
        b.set("NAXIS3", naxis3, "").set("EXTEND", true, "");
        b.set("BSCALE", 1, "pixel=FITS*BSCALE+BZERO").set("BZERO", 32768, "");
        b.set("DATE", "2018-05-18T20:16:35.933", "Date the file was written");
        b.set("OBJECT", "SYNTH-" + spec.mode(), "Object Name").set("FILTERS", "us,gs,rs,is,zs", "Filters used");
        b.set("PI", "SYNTH", "Principal Investigator").set("OBSERVER", "hipercam-ij", "Observer Name");
        b.set("RA", "12:35:37.000", "Telescope Right Ascension").set("DEC", "+30:15:50.00", "Telescope Declination");
        b.set("INSTRPA", 150.5, "Position angle").set("IMAGETYP", "data", "Type of data");
        b.set("TELESCOP", "GTC", "Telescope").set("INSTRUME", "HIPERCAM", "Instrument");
        b.set("EXPTIME", 0.1, "Integration time");
        detector(b, spec);
        windows(b, spec);
        int nsampKey = spec.nsamp() == 0 ? 1 : spec.nsamp();
        b.set("ESO DET ACQ1 WIN NX", (long) (naxis1 - 18) * nsampKey, "Acquisition window X");
        b.set("ESO DET ACQ1 WIN NY", 1, "Acquisition window Y");
        return b.build();
    }

    private static void detector(Header.Builder b, HcamRunSpec spec) {
        b.set("ESO DET READ CURNAME", spec.mode(), "Readout mode");
        b.set("ESO DET CLRCCD", spec.clear(), "Clear CCD before exposure");
        b.set("ESO DET DUMMY", false, "Dummy output");
        b.set("ESO DET INCPRSCX", spec.prescan(), "Include prescan");
        b.set("ESO DET INCOVSCY", spec.overscan(), "Include overscan");
        b.set("ESO DET GPS", true, "GPS flag status").set("ESO DET SPEED", 0, "CCD clock speed");
        b.set("ESO DET BINX1", spec.xbin(), "Binning factor along X");
        b.set("ESO DET BINY1", spec.ybin(), "Binning factor along Y");
        if (spec.nsamp() != 0) {
            b.set("ESO DET NSAMP", spec.nsamp(), "Samples per pixel");
        }
        b.set("ESO DET TDELAY", 100.0, "Exposure delay (ms)").set("ESO DET TREAD", 40.0, "Read time (ms)");
        b.set("ESO DET TFT", 9.6, "Frame transfer time (ms)").set("ESO DET TCLEAR", 12.0, "Clear time (ms)");
        if (spec.mode().startsWith("Drift")) {
            b.set("ESO DET DRIFT NWINS", spec.driftWindows(), "Windows in the storage area");
            b.set("ESO DET DRIFT TLINEDUMP", 0.05, "Line dump time (ms)");
            b.set("ESO DET DRIFT TLINESHIFT", 0.012, "Line shift time (ms)");
        }
        for (int c = 1; c <= 5; c++) {
            b.set("ESO DET NSKIPS" + c, spec.nskips().get(c - 1), "Readouts skipped");
        }
        for (int c = 1; c <= 5; c++) {
            b.set("ESO DET REFLECT" + c, c == 2 || c == 5, "Image reflected");
            if (spec.rotated().contains(c)) {
                b.set("ESO DET ROTATE" + c, true, "CCD turned by 180 degrees");
            }
            b.set("ESO DET CHIP" + c + " RON", 4.4 + 0.1 * c, "Readout noise");
            b.set("ESO DET CHIP" + c + " GAIN", 1.09 + 0.01 * c, "Gain");
        }
    }

    private static void windows(Header.Builder b, HcamRunSpec spec) {
        if (spec.mode().startsWith("FullFrame")) {
            return;
        }
        boolean drift = spec.mode().startsWith("Drift");
        for (int s = 0; s < spec.sets(); s++) {
            HcamRunSpec.Win w = spec.windows().get(s);
            String p = drift ? "ESO DET DRWIN " : "ESO DET WIN" + (s + 1) + " ";
            int[] xs = {w.xsE(), w.xsF(), w.xsG(), w.xsH()};
            for (int q = 0; q < 4; q++) {
                b.set(p + "XS" + QUADS[q], xs[q], "X-start, quadrant " + QUADS[q]);
            }
            b.set(p + "YS", w.ys(), "Y-start").set(p + "NX", w.nx(), "X-size (unbinned)");
            b.set(p + "NY", w.ny(), "Y-size (unbinned)");
        }
    }
}
