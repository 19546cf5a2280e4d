package io.github.hipercam.synth;

import io.github.hipercam.hcam.HcamKey;
import io.github.hipercam.model.Header;

/** The primary header of a synthetic raw run, with the keywords the camera writes. */
final class HcamRunHeader {

    private static final String[] QUADS = {"E", "F", "G", "H"};

    private HcamRunHeader() {
    }

    static Header cards(HcamRunSpec spec, int naxis1, int naxis3) {
        Header.Builder b = Header.builder();
        b.set("SIMPLE", true, "conforms to FITS standard").set(HcamKey.BITPIX.item(), 16, "array data type");
        b.set("NAXIS", 3, "number of array dimensions").set(HcamKey.NAXIS1.item(), naxis1, "").set("NAXIS2", 1, "");
        b.set(HcamKey.NAXIS3.item(), naxis3, "").set("EXTEND", true, "");
        b.set(HcamKey.BSCALE.item(), 1, "pixel=FITS*BSCALE+BZERO").set(HcamKey.BZERO.item(), 32768, "");
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
        b.set(HcamKey.ACQ_NX.item(), (long) (naxis1 - 18) * nsampKey, "Acquisition window X");
        b.set(HcamKey.ACQ_NY.item(), 1, "Acquisition window Y");
        return b.build();
    }

    private static void detector(Header.Builder b, HcamRunSpec spec) {
        b.set(HcamKey.MODE.item(), spec.mode(), "Readout mode");
        b.set(HcamKey.CLEAR.item(), spec.clear(), "Clear CCD before exposure");
        b.set(HcamKey.DUMMY.item(), false, "Dummy output");
        b.set(HcamKey.PSCAN.item(), spec.prescan(), "Include prescan");
        b.set(HcamKey.OSCAN.item(), spec.overscan(), "Include overscan");
        b.set(HcamKey.GPS.item(), true, "GPS flag status").set(HcamKey.SPEED.item(), 0, "CCD clock speed");
        b.set(HcamKey.XBIN.item(), spec.xbin(), "Binning factor along X");
        b.set(HcamKey.YBIN.item(), spec.ybin(), "Binning factor along Y");
        if (spec.nsamp() != 0) {
            b.set(HcamKey.NSAMP.item(), spec.nsamp(), "Samples per pixel");
        }
        b.set(HcamKey.TDELAY.item(), 100.0, "Exposure delay (ms)").set(HcamKey.TREAD.item(), 40.0, "Read time (ms)");
        b.set(HcamKey.TFT.item(), 9.6, "Frame transfer time (ms)").set(HcamKey.TCLEAR.item(), 12.0, "Clear time (ms)");
        if (spec.mode().startsWith("Drift")) {
            b.set(HcamKey.DRIFT_NWINS.item(), spec.driftWindows(), "Windows in the storage area");
            b.set(HcamKey.DRIFT_LINEDUMP.item(), 0.05, "Line dump time (ms)");
            b.set(HcamKey.DRIFT_LINESHIFT.item(), 0.012, "Line shift time (ms)");
        }
        for (int c = 1; c <= 5; c++) {
            b.set(HcamKey.NSKIPS.item(c), spec.nskips().get(c - 1), "Readouts skipped");
        }
        for (int c = 1; c <= 5; c++) {
            b.set(HcamKey.REFLECT.item(c), c == 2 || c == 5, "Image reflected");
            if (spec.rotated().contains(c)) {
                b.set(HcamKey.ROTATE.item(c), true, "CCD turned by 180 degrees");
            }
            b.set(HcamKey.CHIP_RON.item(c), 4.4 + 0.1 * c, "Readout noise");
            b.set(HcamKey.CHIP_GAIN.item(c), 1.09 + 0.01 * c, "Gain");
        }
    }

    private static void windows(Header.Builder b, HcamRunSpec spec) {
        if (spec.mode().startsWith("FullFrame")) {
            return;
        }
        boolean drift = spec.mode().startsWith("Drift");
        for (int s = 0; s < spec.sets(); s++) {
            HcamRunSpec.Win w = spec.windows().get(s);
            int set = s + 1;
            int[] xs = {w.xsE(), w.xsF(), w.xsG(), w.xsH()};
            for (int q = 0; q < 4; q++) {
                b.set((drift ? HcamKey.DRWIN_XS : HcamKey.WIN_XS).item(set, QUADS[q]), xs[q],
                        "X-start, quadrant " + QUADS[q]);
            }
            b.set((drift ? HcamKey.DRWIN_YS : HcamKey.WIN_YS).item(set), w.ys(), "Y-start")
                    .set((drift ? HcamKey.DRWIN_NX : HcamKey.WIN_NX).item(set), w.nx(), "X-size (unbinned)");
            b.set((drift ? HcamKey.DRWIN_NY : HcamKey.WIN_NY).item(set), w.ny(), "Y-size (unbinned)");
        }
    }
}
