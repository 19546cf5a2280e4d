package io.github.hipercam.ucam;

import io.github.hipercam.FormatException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The readout modes of ULTRACAM and ULTRASPEC, and the table that names the
 * mode of each SDSU application the instruments have used.
 */
public enum UcamMode {
    /** ULTRACAM drift mode: one pair of windows. */
    DRIFT("DRIFT", false, 1),
    /** ULTRACAM one pair of windows, no clear. */
    ONE_PAIR("1-PAIR", false, 1),
    /** ULTRACAM one pair of windows with a clear. */
    ONE_PCLR("1-PCLR", true, 1),
    /** ULTRACAM two pairs of windows. */
    TWO_PAIR("2-PAIR", false, 2),
    /** ULTRACAM three pairs of windows. */
    THREE_PAIR("3-PAIR", false, 3),
    /** ULTRACAM full frame with a clear. */
    FFCLR("FFCLR", true, 1),
    /** ULTRACAM full frame, no clear. */
    FFNCLR("FFNCLR", false, 1),
    /** ULTRACAM full frame plus overscan, with a clear. */
    FFOVER("FFOVER", true, 3),
    /** ULTRACAM full frame plus overscan, no clear. */
    FFOVNC("FFOVNC", false, 3),
    /** ULTRASPEC one window. */
    USPEC_1("USPEC-1", false, 1),
    /** ULTRASPEC two windows. */
    USPEC_2("USPEC-2", false, 2),
    /** ULTRASPEC three windows. */
    USPEC_3("USPEC-3", false, 3),
    /** ULTRASPEC four windows. */
    USPEC_4("USPEC-4", false, 4),
    /** ULTRASPEC drift mode: two windows side by side. */
    UDRIFT("UDRIFT", false, 2),
    /** A power on or off: no data. */
    PONOFF("PONOFF", false, 0);

    private static final Map<String, UcamMode> APPLICATIONS = applications();

    private final String label;
    private final boolean clear;
    private final int sets;

    UcamMode(String label, boolean clear, int sets) {
        this.label = label;
        this.clear = clear;
        this.sets = sets;
    }

    /** @return the name the reference gives the mode, e.g. "1-PAIR" */
    public String label() {
        return label;
    }

    /** @return the value of the CLEAR header item */
    public boolean clear() {
        return clear;
    }

    /**
     * @return ULTRACAM window pairs (the overscan modes count 3), or
     *     ULTRASPEC windows
     */
    public int sets() {
        return sets;
    }

    /** @return true for the ULTRACAM full-frame-with-overscan modes */
    public boolean overscan() {
        return this == FFOVER || this == FFOVNC;
    }

    /** @return true for the ULTRASPEC modes */
    public boolean ultraspec() {
        return this == USPEC_1 || this == USPEC_2 || this == USPEC_3 || this == USPEC_4 || this == UDRIFT;
    }

    /** @return every application name known, each with its mode (ULTRASPEC windowed as USPEC-1) */
    public static Map<String, UcamMode> knownApplications() {
        return APPLICATIONS;
    }

    /**
     * The mode of an application. ULTRASPEC's windowed application covers
     * USPEC-1 to 4: the first of X2_SIZE, X3_SIZE, X4_SIZE that is zero
     * decides.
     *
     * @param xml the run's XML
     * @return the mode
     * @throws FormatException naming the file and the application if it is unknown
     */
    public static UcamMode of(UcamXml xml) {
        UcamMode m = APPLICATIONS.get(xml.application());
        if (m == null) {
            throw new FormatException(xml.where() + ": application = '" + xml.application()
                    + "' is not one the ULTRACAM/ULTRASPEC readers know");
        }
        if (m == USPEC_1) {
            if (xml.param("X2_SIZE") == 0) {
                return USPEC_1;
            }
            if (xml.param("X3_SIZE") == 0) {
                return USPEC_2;
            }
            return xml.param("X4_SIZE") == 0 ? USPEC_3 : USPEC_4;
        }
        return m;
    }

    private static Map<String, UcamMode> applications() {
        Map<String, UcamMode> t = new LinkedHashMap<>();
        put(t, DRIFT, "ap8_250_driftscan", "ap8_driftscan", "ap_drift_bin2", "appl8_driftscan_cfg");
        put(t, ONE_PAIR, "ap5_250_window1pair", "ap5_window1pair", "ap_win2_bin8", "ap_win2_bin2",
                "appl5_window1pair_cfg");
        put(t, ONE_PCLR, "ap5b_250_window1pair", "appl5b_window1pair_cfg");
        put(t, TWO_PAIR, "ap6_250_window2pair", "ap6_window2pair", "ap_win4_bin1", "ap_win4_bin8",
                "appl6_window2pair_cfg");
        put(t, THREE_PAIR, "ap7_250_window3pair", "ap7_window3pair", "appl7_window3pair_cfg");
        put(t, FFCLR, "ap3_250_fullframe", "ap3_fullframe", "appl3_fullframe_cfg");
        put(t, FFOVER, "appl4_frameover_cfg", "ap4_frameover");
        put(t, FFOVNC, "appl10_frameover_mindead_cfg");
        put(t, FFNCLR, "ap9_250_fullframe_mindead", "ap9_fullframe_mindead", "appl9_fullframe_mindead_cfg");
        put(t, USPEC_1, "ccd201_winbin_con", "ccd201_winbin_cfg");
        put(t, UDRIFT, "ccd201_driftscan_cfg");
        put(t, PONOFF, "ap1_poweron", "ap1_250_poweron", "ap2_250_poweroff", "appl1_pon_cfg",
                "appl2_pof_cfg", "ccd201_pon_cfg", "ccd201_pof_cfg");
        return Collections.unmodifiableMap(t);
    }

    private static void put(Map<String, UcamMode> t, UcamMode mode, String... apps) {
        for (String a : List.of(apps)) {
            t.put(a, mode);
        }
    }
}
