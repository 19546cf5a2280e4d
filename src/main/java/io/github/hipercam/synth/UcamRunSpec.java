package io.github.hipercam.synth;

import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.synth.UcamTimingWordsWriter.DateStyle;
import io.github.hipercam.ucam.UcamCamera;
import io.github.hipercam.ucam.UcamMode;
import io.github.hipercam.ucam.UcamReadout;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a synthetic ULTRACAM or ULTRASPEC run looks like: instrument,
 * application, binning, windows, version, timing era and frames. Start from
 * {@link #ultracam(UcamMode)} or {@link #ultraspec(UcamMode, String)} and
 * change what you need with the {@code with...} methods.
 *
 * @param camera ULTRACAM or ULTRASPEC
 * @param mode the readout mode
 * @param xbin x binning
 * @param ybin y binning
 * @param windows ULTRACAM: {xleft, xright, ystart, xsize, ysize} per pair
 *     (sizes unbinned, as the XML gives them); ULTRASPEC: {xstart, ystart,
 *     nx, ny} per window (sizes binned, as the XML gives them)
 * @param output ULTRASPEC output, "N" or "A" ("" for ULTRACAM)
 * @param version software version, -1 for none (the pre-2007 runs)
 * @param vFtClk write a V_FT_CLK parameter (runs without it, a version or a
 *     revision are the May 2002 run)
 * @param nblue ULTRACAM blue co-add factor; frames not a multiple of it get the junk flag
 * @param user write a user block (it sets the time units and names the target)
 * @param exposeUnits the exposure delay in the XML's time units
 * @param nframes frames to write
 * @param start GPS time of the first frame's stamp
 * @param cadence seconds between stamps
 * @param nsat satellites written in format 1 stamps (-1 for none)
 * @param dateStyle how format 1 stamps write their date
 */
public record UcamRunSpec(UcamCamera camera, UcamMode mode, int xbin, int ybin, List<int[]> windows,
        String output, int version, boolean vFtClk, int nblue, boolean user, int exposeUnits, int nframes,
        Instant start, double cadence, int nsat, DateStyle dateStyle) {

    /** The application written for each mode. */
    static final Map<UcamMode, String> APPLICATIONS = Map.ofEntries(
            Map.entry(UcamMode.DRIFT, "appl8_driftscan_cfg"),
            Map.entry(UcamMode.ONE_PAIR, "appl5_window1pair_cfg"),
            Map.entry(UcamMode.ONE_PCLR, "appl5b_window1pair_cfg"),
            Map.entry(UcamMode.TWO_PAIR, "appl6_window2pair_cfg"),
            Map.entry(UcamMode.THREE_PAIR, "appl7_window3pair_cfg"),
            Map.entry(UcamMode.FFCLR, "appl3_fullframe_cfg"),
            Map.entry(UcamMode.FFNCLR, "appl9_fullframe_mindead_cfg"),
            Map.entry(UcamMode.FFOVER, "appl4_frameover_cfg"),
            Map.entry(UcamMode.FFOVNC, "appl10_frameover_mindead_cfg"),
            Map.entry(UcamMode.USPEC_1, "ccd201_winbin_cfg"),
            Map.entry(UcamMode.USPEC_2, "ccd201_winbin_cfg"),
            Map.entry(UcamMode.USPEC_3, "ccd201_winbin_cfg"),
            Map.entry(UcamMode.USPEC_4, "ccd201_winbin_cfg"),
            Map.entry(UcamMode.UDRIFT, "ccd201_driftscan_cfg"),
            Map.entry(UcamMode.PONOFF, "appl1_pon_cfg"));

    private static final int[][] UCAM_PAIRS = {{101, 601, 201, 40, 30}, {201, 701, 401, 24, 16},
        {301, 801, 601, 16, 10}};
    private static final int[][] USPEC_WINDOWS = {{1, 101, 60, 40}, {301, 201, 40, 30}, {501, 301, 30, 20},
        {701, 401, 20, 16}};
    private static final Instant START = Instant.parse("2019-03-07T01:02:03.250Z");

    /** Copies the windows and checks the values. */
    public UcamRunSpec {
        windows = windows.stream().map(int[]::clone).toList();
        if (nframes < 0 || xbin < 1 || ybin < 1 || nblue < 1 || cadence <= 0) {
            throw new InvalidArgumentException("synthetic run: nframes, binning, nblue and cadence must be"
                    + " positive, got " + nframes + ", " + xbin + "x" + ybin + ", " + nblue + ", " + cadence);
        }
    }

    /**
     * @param mode an ULTRACAM mode
     * @return 3 frames, 1x1 binning, version 140331, 0.5 s exposures, user block
     */
    public static UcamRunSpec ultracam(UcamMode mode) {
        List<int[]> w = new ArrayList<>();
        if (!mode.overscan() && mode != UcamMode.FFCLR && mode != UcamMode.FFNCLR) {
            for (int i = 0; i < mode.sets(); i++) {
                w.add(UCAM_PAIRS[i]);
            }
        }
        return new UcamRunSpec(UcamCamera.ULTRACAM, mode, 1, 1, w, "", 140331, true, 1, true, 5000, 3, START,
                0.6, 8, DateStyle.TRUE_DATE);
    }

    /**
     * @param mode an ULTRASPEC mode
     * @param output "N" (normal) or "A" (avalanche)
     * @return 3 frames, 1x1 binning, version 140331, 0.5 s exposures, user block
     */
    public static UcamRunSpec ultraspec(UcamMode mode, String output) {
        List<int[]> w = new ArrayList<>();
        for (int i = 0; i < mode.sets(); i++) {
            w.add(mode == UcamMode.UDRIFT && i == 1 ? new int[] {601, 101, 50, 40} : USPEC_WINDOWS[i]);
        }
        return new UcamRunSpec(UcamCamera.ULTRASPEC, mode, 1, 1, w, output, 140331, false, 1, true, 5000, 3,
                START, 0.6, 8, DateStyle.TRUE_DATE);
    }

    /** @return the SDSU application written to the XML */
    public String application() {
        return APPLICATIONS.get(mode);
    }

    /**
     * @return 16 for the versions that use 16 words, 12 for format 1 and 14
     *     for the other format 2 versions (ULTRASPEC runs without a version
     *     are format 2)
     */
    public int headerwords() {
        if (UcamReadout.VERSIONS_16.contains(version)) {
            return 16;
        }
        boolean format1 = camera == UcamCamera.ULTRACAM && version == -1 || version == 70514 || version == 80127;
        return format1 ? 12 : 14;
    }

    /**
     * @param x x binning
     * @param y y binning
     * @return a copy with that binning
     */
    public UcamRunSpec withBinning(int x, int y) {
        return new UcamRunSpec(camera, mode, x, y, windows, output, version, vFtClk, nblue, user, exposeUnits,
                nframes, start, cadence, nsat, dateStyle);
    }

    /**
     * @param w windows as described for the record
     * @return a copy with those windows
     */
    public UcamRunSpec withWindows(List<int[]> w) {
        return new UcamRunSpec(camera, mode, xbin, ybin, w, output, version, vFtClk, nblue, user, exposeUnits,
                nframes, start, cadence, nsat, dateStyle);
    }

    /**
     * @param v software version, -1 for none
     * @param utc start of the run, in that version's era
     * @return a copy
     */
    public UcamRunSpec withVersion(int v, Instant utc) {
        return new UcamRunSpec(camera, mode, xbin, ybin, windows, output, v, vFtClk, nblue, user, exposeUnits,
                nframes, utc, cadence, nsat, dateStyle);
    }

    /**
     * @param n blue co-add factor
     * @return a copy
     */
    public UcamRunSpec withNblue(int n) {
        return new UcamRunSpec(camera, mode, xbin, ybin, windows, output, version, vFtClk, n, user, exposeUnits,
                nframes, start, cadence, nsat, dateStyle);
    }

    /**
     * @param n frames
     * @return a copy
     */
    public UcamRunSpec withFrames(int n) {
        return new UcamRunSpec(camera, mode, xbin, ybin, windows, output, version, vFtClk, nblue, user,
                exposeUnits, n, start, cadence, nsat, dateStyle);
    }

    /**
     * @param hasUser whether to write a user block
     * @param hasVftClk whether to write V_FT_CLK
     * @return a copy
     */
    public UcamRunSpec withUserAndVftClk(boolean hasUser, boolean hasVftClk) {
        return new UcamRunSpec(camera, mode, xbin, ybin, windows, output, version, hasVftClk, nblue, hasUser,
                exposeUnits, nframes, start, cadence, nsat, dateStyle);
    }

    /**
     * @param satellites satellites in format 1 stamps
     * @param style date style of format 1 stamps
     * @return a copy
     */
    public UcamRunSpec withStamps(int satellites, DateStyle style) {
        return new UcamRunSpec(camera, mode, xbin, ybin, windows, output, version, vFtClk, nblue, user,
                exposeUnits, nframes, start, cadence, satellites, style);
    }
}
