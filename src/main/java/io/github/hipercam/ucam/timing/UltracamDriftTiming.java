package io.github.hipercam.ucam.timing;

import io.github.hipercam.ucam.UltracamReadout;
import static io.github.hipercam.ucam.timing.UcamTimeConstants.DEFDAT;
import static io.github.hipercam.ucam.timing.UcamTimeConstants.DSEC;

import io.github.hipercam.FormatException;

/**
 * ULTRACAM drift mode: {@code nwins} window pairs sit in the storage area at
 * once, so a frame is read out {@code nwins} frames after its exposure ended,
 * and its exposure is bounded by stamps that far back. Until enough stamps
 * have been seen, the time is set to 2000-01-01 and flagged as bad.
 *
 * @param readout the frame's clocking times
 * @param nwins windows in the storage pipeline
 * @param frameTransfer seconds of the reduced frame transfer
 */
record UltracamDriftTiming(UltracamReadout readout, int nwins, double frameTransfer)
        implements ModeTiming {

    private static final String TOO_FEW = "too few stored timestamps for drift mode";

    /**
     * @param r the frame's clocking times
     * @return the drift timing of the run's first window pair
     */
    static UltracamDriftTiming of(UltracamReadout r) {
        UcamTimingSetup.Win wl = r.window(0);
        r.window(1);
        int nyu = r.setup().ybin() * wl.ny();
        int nwins = pipelineWindows(r.setup(), nyu, UltracamReadout.FT_ROWS);
        double ft = (nyu + wl.lly() - 1) * r.vclock();
        return new UltracamDriftTiming(r, nwins, ft);
    }

    /**
     * @param setup for messages
     * @param nyu unbinned window height
     * @param rows rows from the image area to the serial register
     * @return how many windows fit in the storage pipeline
     */
    static int pipelineWindows(UcamTimingSetup setup, int nyu, double rows) {
        int nwins = nyu > 0 ? (int) ((rows / nyu + 1.0) / 2.0) : 0;
        if (nwins < 1) {
            throw new FormatException("run " + setup.run() + ": drift window height " + nyu
                    + " unbinned rows leaves no room in the storage pipeline ("
                    + (int) rows + " rows)");
        }
        return nwins;
    }

    @Override
    public int depth() {
        return nwins + 2;
    }

    @Override
    public Centre centre(Stamps f) {
        double expose = f.expose();
        if (f.current().defTstamp()) {
            if (f.count() > nwins) {
                double texp = DSEC * (f.ts(nwins - 1) - f.ts(nwins)) - frameTransfer;
                return new Centre(f.ts(nwins) + texp / 2.0 / DSEC, texp, f.verdict());
            }
            return new Centre(DEFDAT, expose, f.verdict().failIfGood(TOO_FEW));
        }
        return fromStoredStamps(f, nwins, frameTransfer, TOO_FEW);
    }

    /**
     * The centre of a drift-mode exposure from the stamps {@code nwins} and
     * {@code nwins + 1} frames back (ULTRACAM and ULTRASPEC alike, outside
     * the default time-stamping cycle): with one stamp fewer the exposure is
     * taken from the pair before and flagged; with fewer still the time is
     * 2000-01-01, flagged.
     *
     * @param f the frame's stamps
     * @param nwins windows in the storage pipeline
     * @param frameTransfer seconds of the reduced frame transfer
     * @param tooFew the reason given when too few stamps have been seen
     * @return the centre and exposure
     */
    static Centre fromStoredStamps(Stamps f, int nwins, double frameTransfer, String tooFew) {
        if (f.count() > nwins) {
            return ModeTiming.storedCycle(f, nwins, frameTransfer, tooFew);
        }
        return new Centre(DEFDAT, f.expose(), f.verdict().failIfGood(tooFew));
    }
}
