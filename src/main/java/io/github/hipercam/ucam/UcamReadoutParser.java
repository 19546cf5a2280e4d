package io.github.hipercam.ucam;

import io.github.hipercam.ucam.timing.UcamTimingSetup;
import io.github.hipercam.FormatException;
import io.github.hipercam.model.Header;
import io.github.hipercam.model.Winhead;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The steps that turn a run's XML into a {@link UcamReadout}, in the order
 * and with the checks of the reference's {@code Rhead}.
 */
final class UcamReadoutParser {

    /** User-block tags that become header items: tag, keyword, comment. */
    private static final String[][] USER_ITEMS = {
        {"target", "TARGET", "Target name"},
        {"filters", "FILTERS", "Filter(s) used"},
        {"PI", "PI", "Principal investigator"},
        {"ID", "ID", "Proposal ID"},
        {"Observers", "OBSERVRS", "Observer(s)"},
        {"flags", "DTYPE", "Run data type"},
        {"SlidePos", "SLIDEPOS", "Focal plane slide, pixels"},
        {"RA", "RA", "Telescope Right Ascension"},
        {"Dec", "DEC", "Telescope Declination"},
        {"Tracking", "TRACKING", "usdriver telescope tracking flag"},
        {"TTflag", "TTFLAG", "TNT telescope tracking flag"},
        {"Focus", "FOCUS", "Telescope focus"},
        {"PA", "PA", "Rotator position angle (deg)"},
        {"Eng_PA", "ENGPA", "Engineering PA (deg)"},
        {"ccd_temp", "CCDTEMP", "CCD temperature(s) [K]"},
        {"finger_temp", "FINGTEMP", "Cold finger temperature [K]"},
        {"finger_pcent", "FINGPCNT", "Percentage power of finger"},
    };

    /**
     * Largest blue co-add factor accepted: the timer reads that many earlier
     * stamps, and real runs use a handful.
     */
    static final int MAX_NBLUE = 65535;

    /** What the camera-specific parameters give. */
    private record CameraPars(double exposeTime, int nblue, String speed, boolean enClr, int vFtClk) {
    }

    private UcamReadoutParser() {
    }

    static UcamReadout parse(String run, UcamXml xml) {
        UcamCamera camera = UcamCamera.of(xml);
        UcamMode mode = UcamMode.of(xml);
        checkModeFits(xml, camera, mode);
        Header.Builder head = Header.builder();
        Map<String, String> user = userItems(xml.user(), head);
        head.set("INSTRUME", xml.instrument(), "Instrument");
        head.set("APPLICAT", xml.application(), "ULTRA*** acquisition template");
        head.set("MODE", mode.label(), "Readout mode");
        head.set("CLEAR", mode.clear(), "Clear enabled");
        if (mode == UcamMode.PONOFF) {
            throw new FormatException(xml.where() + ": run " + run + " is a power on/off (application "
                    + xml.application() + "); it has no data frames to read");
        }
        int xbin = xml.has("X_BIN_FAC") ? xml.param("X_BIN_FAC") : xml.param("X_BIN");
        int ybin = xml.has("Y_BIN_FAC") ? xml.param("Y_BIN_FAC") : xml.param("Y_BIN");
        CameraPars cp = camera == UcamCamera.ULTRACAM ? ultracam(xml, head) : ultraspec(xml, head);
        UcamGeometry geom = UcamGeometry.of(xml, camera, mode, xbin, ybin);
        checkFramesize(xml, geom);
        int version = version(xml, user);
        head.set("VERSION", (long) version, "Software version code");
        String whichRun = camera == UcamCamera.ULTRACAM && !xml.has("REVISION") && !xml.has("VERSION")
                && !xml.has("V_FT_CLK") ? "MAY2002" : "";
        double timeUnits = timeUnits(xml, camera, user, version);
        head.set("EXPDELAY", cp.exposeTime() * timeUnits, "Exposure delay (seconds)");
        UcamTimingSetup timing = new UcamTimingSetup(run, camera.name(), mode.label(), version, whichRun,
                cp.exposeTime(), timeUnits, cp.nblue(), cp.enClr(), cp.speed(), cp.vFtClk(), xbin, ybin,
                timingWindows(geom.windows()));
        String output = camera == UcamCamera.ULTRASPEC ? UcamReadout.output(xml) : "";
        return new UcamReadout(run, camera, mode, xml.application(), xml.framesize(), xml.headerwords(),
                xbin, ybin, geom.windows(), version, cp.nblue(), output, head.build(), timing);
    }

    private static void checkModeFits(UcamXml xml, UcamCamera camera, UcamMode mode) {
        if (mode != UcamMode.PONOFF && mode.ultraspec() != (camera == UcamCamera.ULTRASPEC)) {
            throw new FormatException(xml.where() + ": application " + xml.application() + " (mode "
                    + mode.label() + ") does not belong to instrument " + xml.instrument());
        }
    }

    /**
     * Adds the user block's items to the header. As in the reference, a
     * SlidePos with no text ends the block there and the run is then taken
     * to have no user block.
     *
     * @return the user block, or null
     */
    private static Map<String, String> userItems(Map<String, String> user, Header.Builder head) {
        if (user == null) {
            return null;
        }
        for (String[] item : USER_ITEMS) {
            String v = user.get(item[0]);
            if (v == null) {
                continue;
            }
            if (item[0].equals("SlidePos")) {
                String[] parts = v.strip().split("\\s+");
                if (parts[0].isEmpty()) {
                    return null;
                }
                v = parts[0];
            }
            head.set(item[1], v, item[2]);
        }
        return user;
    }

    private static CameraPars ultracam(UcamXml xml, Header.Builder head) {
        double exposeTime = xml.paramDouble("EXPOSE_TIME");
        int numexp = xml.param("NO_EXPOSURES");
        String gainSpeed = xml.has("GAIN_SPEED") ? pythonHex(xml.param("GAIN_SPEED")) : null;
        int vFtClk;
        if (xml.has("V_FT_CLK")) {
            vFtClk = (int) ((xml.paramUnsigned32("V_FT_CLK") >>> 16) & 0xFF);
        } else {
            vFtClk = "appl7_window3pair_cfg".equals(xml.application()) ? 140 : 0;
        }
        int nblue = xml.param("NBLUE", 1);
        if (nblue > MAX_NBLUE) {
            throw new FormatException(xml.where() + ": parameter NBLUE = " + nblue + " is beyond any ULTRACAM"
                    + " run (at most " + MAX_NBLUE + "; 1 or less means every blue frame is read)");
        }
        head.set("EXPDELAY", exposeTime, "Exposure delay (seconds)");
        head.set("NUMEXP", (long) numexp, "Number of exposures [-1 = infinity]");
        head.set("GAINSPED", gainSpeed, "Gain speed [ULTRACAM]");
        head.set("VFTCLK", (long) vFtClk, "Vertical frame transfer [ULTRACAM]");
        head.set("NBLUE", (long) nblue, "Blue CCD cycle number [ULTRACAM]");
        return new CameraPars(exposeTime, nblue, gainSpeed == null ? "" : gainSpeed, false, vFtClk);
    }

    private static CameraPars ultraspec(UcamXml xml, Header.Builder head) {
        double exposeTime = xml.paramDouble("DWELL");
        int numexp = xml.param("NUM_EXPS");
        Map<String, String> p = xml.params();
        String speed = !xml.has("SPEED") ? null
                : "0".equals(p.get("SPEED")) ? "S" : "1".equals(p.get("SPEED")) ? "M" : "F";
        Boolean enClr = xml.has("EN_CLR") ? "1".equals(p.get("EN_CLR")) : null;
        Long hvGain = xml.has("HV_GAIN") ? (long) xml.param("HV_GAIN") : null;
        String output = UcamReadout.output(xml);
        head.set("NUMEXP", (long) numexp, "Number of exposures [-1 = infinity]");
        head.set("SPEED", speed, "Readout speed [ULTRASPEC]");
        head.set("ENBLCLR", enClr, "Clear enabled [ULTRASPEC]");
        head.set("HVGAIN", hvGain, "High-voltage gain [ULTRASPEC]");
        head.set("OUTPUT", output.isEmpty() ? null : output, "Readout output [ULTRASPEC]");
        return new CameraPars(exposeTime, 1, speed == null ? "" : speed, Boolean.TRUE.equals(enClr), 0);
    }

    /** Python's {@code hex(n)[2:]}: lower-case hex; a negative n keeps the 'x' of "-0x". */
    private static String pythonHex(int n) {
        return n >= 0 ? Integer.toHexString(n) : "x" + Long.toHexString(-(long) n);
    }

    private static void checkFramesize(UcamXml xml, UcamGeometry geom) {
        long fsize = 2L * xml.headerwords() + geom.pixelBytes();
        if (fsize != xml.framesize()) {
            throw new FormatException(xml.where() + ": framesize = " + xml.framesize()
                    + " clashes with the value calculated from the windows = " + fsize);
        }
    }

    private static int version(UcamXml xml, Map<String, String> user) {
        Integer fromParams = xml.has("REVISION") ? Integer.valueOf(xml.param("REVISION"))
                : xml.has("VERSION") ? Integer.valueOf(xml.param("VERSION")) : null;
        int version;
        if (user != null && user.containsKey("revision")) {
            version = xml.parseInt(user.get("revision"), "user revision");
        } else {
            version = fromParams == null ? -1 : fromParams;
        }
        if (fromParams != null && fromParams != version) {
            throw new FormatException(xml.where() + ": clashing version numbers: user revision = "
                    + version + " but parameter = " + fromParams);
        }
        if (xml.headerwords() == 16 && !UcamReadout.VERSIONS_16.contains(version)) {
            throw new FormatException(xml.where() + ": could not recognise version = " + version
                    + " for 16 header words; expected one of " + UcamReadout.VERSIONS_16);
        }
        return version;
    }

    private static double timeUnits(UcamXml xml, UcamCamera camera, Map<String, String> user, int version) {
        if (camera == UcamCamera.ULTRACAM) {
            return user == null ? 0.001 : 0.0001;
        }
        return user != null && xml.headerwords() == 16 && version >= 120813 ? 0.0001 : 0.001;
    }

    private static List<UcamTimingSetup.Win> timingWindows(List<Winhead> windows) {
        List<UcamTimingSetup.Win> out = new ArrayList<>();
        for (Winhead w : windows) {
            out.add(new UcamTimingSetup.Win(w.llx(), w.lly(), w.nx(), w.ny()));
        }
        return out;
    }
}
