package io.github.hipercam.ucam;

import io.github.hipercam.ucam.timing.UcamTimingSetup;
import static io.github.hipercam.ucam.timing.UcamTimeConstants.CDS_TIME_CDD;
import static io.github.hipercam.ucam.timing.UcamTimeConstants.CDS_TIME_FBB;
import static io.github.hipercam.ucam.timing.UcamTimeConstants.CDS_TIME_FDD;
import static io.github.hipercam.ucam.timing.UcamTimeConstants.HCLOCK;
import static io.github.hipercam.ucam.timing.UcamTimeConstants.SWITCH_TIME;

import io.github.hipercam.FormatException;
import java.util.List;

/**
 * ULTRACAM's clocking times for one frame: clear, frame transfer and readout,
 * as the reference works them out.
 *
 * <p>As in the reference, the vertical clock time (in seconds) is added to
 * horizontal and video times in microseconds when the readout time is
 * summed, so its share of the readout is a millionth of what it should be.
 * It is kept so that times agree with the reference to the microsecond.
 *
 * @param setup the run's timing setup
 * @param vclock vertical clock time of this frame, seconds
 * @param video time to digitise one pixel at this gain speed, microseconds
 */
public record UltracamReadout(UcamTimingSetup setup, double vclock, double video) {

    /** Rows moved by a frame transfer. */
    public static final double FT_ROWS = 1033.0;
    /** Extra rows moved by a clear on top of a frame transfer. */
    static final double CLEAR_ROWS = 1027;
    /** Columns of one ULTRACAM readout half. */
    static final int HALF_WIDTH = 1024;
    /** Horizontal clocks to open the serial register dump gates. */
    static final int DUMP_CLOCKS = 8;

    /**
     * @param setup the run's timing setup
     * @param vclock vertical clock time of the frame, seconds
     * @return the readout model
     * @throws FormatException for an unknown gain speed
     */
    public static UltracamReadout of(UcamTimingSetup setup, double vclock) {
        return new UltracamReadout(setup, vclock, SWITCH_TIME + cdsTime(setup));
    }

    /** Correlated double sampling time of the run's gain speed, microseconds. */
    static double cdsTime(UcamTimingSetup setup) {
        return switch (setup.gainSpeed()) {
            case "cdd" -> CDS_TIME_CDD;
            case "fbb" -> CDS_TIME_FBB;
            case "fdd" -> CDS_TIME_FDD;
            default -> throw new FormatException("run " + setup.run() + ": gain speed setting '"
                    + setup.gainSpeed() + "' is not one of cdd, fbb, fdd");
        };
    }

    /** @return seconds to clear the CCD */
    public double clearTime() {
        return (FT_ROWS + CLEAR_ROWS) * vclock;
    }

    /** @return seconds to move the image area into the storage area */
    public double frameTransfer() {
        return FT_ROWS * vclock;
    }

    /** @return seconds to read a full frame (FFCLR, FFNCLR) */
    public double fullFrame() {
        int xb = setup.xbin();
        int yb = setup.ybin();
        return (1024 / (double) yb) * (vclock * yb + 536 * HCLOCK + (512 / (double) xb + 2) * video)
                / 1.0e6;
    }

    /** @return seconds to read a full frame with overscan (FFOVER, FFOVNC) */
    public double overscanFrame() {
        int xb = setup.xbin();
        int yb = setup.ybin();
        return (1032 / (double) yb) * (vclock * yb + 540 * HCLOCK + (540 / (double) xb + 2) * video)
                / 1.0e6;
    }

    /** @return seconds to read a frame in the run's readout mode */
    public double readoutTime() {
        return switch (setup.mode()) {
            case "FFCLR", "FFNCLR" -> fullFrame();
            case "FFOVER", "FFOVNC" -> overscanFrame();
            case "1-PCLR" -> onePairClear();
            default -> windowPairs();
        };
    }

    /** @return seconds to read the one window pair of 1-PCLR */
    public double onePairClear() {
        UcamTimingSetup.Win wl = window(0);
        UcamTimingSetup.Win wr = window(1);
        int nxb = wr.nx();
        int nxu = setup.xbin() * nxb;
        int hclocks = hclocks(wl.llx(), wr.llx() + nxu - 1, nxu);
        return wr.ny() * (vclock * setup.ybin() + hclocks * HCLOCK + (nxb + 2) * video) / 1.0e6;
    }

    /** @return seconds to read all window pairs (1-PAIR, 2-PAIR, 3-PAIR) */
    public double windowPairs() {
        List<UcamTimingSetup.Win> w = setup.windows();
        double total = 0.0;
        int ystartOld = -1;
        int nyuOld = 0;
        for (int i = 0; i + 1 < w.size(); i += 2) {
            UcamTimingSetup.Win wl = w.get(i);
            int nxu = setup.xbin() * wl.nx();
            int nyu = setup.ybin() * wl.ny();
            double yShift = ystartOld > -1 ? (wl.lly() - ystartOld - nyuOld) * vclock
                    : (wl.lly() - 1) * vclock;
            ystartOld = wl.lly();
            nyuOld = nyu;
            int hclocks = hclocks(wl.llx(), w.get(i + 1).llx() + nxu - 1, nxu);
            total += yShift + (nyu / (double) setup.ybin()) * lineRead(hclocks, nxu);
        }
        return total / 1.0e6;
    }

    /**
     * @param hclocks horizontal clocks per row
     * @param nxu unbinned width of the window
     * @return microseconds to read one row
     */
    double lineRead(int hclocks, int nxu) {
        return vclock * setup.ybin() + hclocks * HCLOCK + (nxu / (double) setup.xbin() + 2) * video;
    }

    /**
     * Horizontal clocks per row: the window further from its edge is shifted
     * to match the other, then the pixels beyond are dumped.
     *
     * @param xleft first column of the left window
     * @param xright last column of the right window
     * @param nxu unbinned width of a window
     * @return clocks per row
     */
    static int hclocks(int xleft, int xright, int nxu) {
        int diffShift = Math.abs(xleft - 1 - (HALF_WIDTH - xright));
        return xleft - 1 > HALF_WIDTH - xright
                ? nxu + diffShift + (HALF_WIDTH - xright) + DUMP_CLOCKS
                : nxu + diffShift + (xleft - 1) + DUMP_CLOCKS;
    }

    public UcamTimingSetup.Win window(int i) {
        if (i >= setup.windows().size()) {
            throw new FormatException("run " + setup.run() + ": mode " + setup.mode()
                    + " needs window " + (i + 1) + " for its timing but the setup has "
                    + setup.windows().size());
        }
        return setup.windows().get(i);
    }
}
