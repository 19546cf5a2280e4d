package io.github.hipercam.ucam.timing;

import static io.github.hipercam.ucam.timing.UcamTimeConstants.USPEC_FT_OFF;
import static io.github.hipercam.ucam.timing.UcamTimeConstants.USPEC_FT_ROW;

import io.github.hipercam.FormatException;

/**
 * ULTRASPEC drift mode (UDRIFT): as ULTRACAM's drift mode, with ULTRASPEC's
 * 1037-row pipeline and frame-transfer time per row.
 *
 * @param nwins windows in the storage pipeline
 * @param frameTransfer seconds of the reduced frame transfer
 */
record UltraspecDriftTiming(int nwins, double frameTransfer) implements ModeTiming {

    /** Rows from ULTRASPEC's image area to its serial register. */
    static final double PIPE_ROWS = 1037.0;
    private static final String TOO_FEW = "too few stored timestamps";

    /**
     * @param setup the run's timing setup
     * @return the drift timing of its first window
     */
    static UltraspecDriftTiming of(UcamTimingSetup setup) {
        if (setup.windows().isEmpty()) {
            throw new FormatException("run " + setup.run() + ": UDRIFT timing needs a window");
        }
        UcamTimingSetup.Win w = setup.windows().get(0);
        int nyu = setup.ybin() * w.ny();
        int nwins = UltracamDriftTiming.pipelineWindows(setup, nyu, PIPE_ROWS);
        return new UltraspecDriftTiming(nwins, USPEC_FT_ROW * (w.lly() + nyu - 1.0) + USPEC_FT_OFF);
    }

    @Override
    public int depth() {
        return nwins + 2;
    }

    @Override
    public Centre centre(Stamps f) {
        return UltracamDriftTiming.fromStoredStamps(f, nwins, frameTransfer, TOO_FEW);
    }
}
