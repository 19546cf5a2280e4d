package io.github.hipercam.ucam.timing;

import io.github.hipercam.ucam.UltracamReadout;
import static io.github.hipercam.ucam.timing.UcamTimeConstants.DSEC;

/**
 * ULTRACAM modes without a clear (FFNCLR, FFOVNC, 1-PAIR, 2-PAIR, 3-PAIR):
 * each exposure runs from one frame transfer to the next, so the exposure is
 * the gap between two stamps less a frame transfer. In the default stamping
 * eras the stamp ends the exposure; otherwise it is taken a readout later, so
 * the frame's own exposure ends at the previous frame's stamp plus the XML
 * delay. Too few stamps give estimates flagged as bad.
 *
 * @param readout the frame's clocking times
 */
record UltracamNoClearTiming(UltracamReadout readout) implements ModeTiming {

    @Override
    public int depth() {
        return 3;
    }

    @Override
    public Centre centre(Stamps f) {
        return f.current().defTstamp() ? defaultCycle(f) : laterCycle(f);
    }

    private Centre defaultCycle(Stamps f) {
        double ft = readout.frameTransfer();
        if (f.firstFrame()) {
            double expose = f.expose();
            return new Centre(f.ts(0) - (ft + expose / 2.0) / DSEC, expose, f.verdict());
        }
        if (f.count() > 1) {
            double texp = DSEC * (f.ts(0) - f.ts(1)) - ft;
            return new Centre(f.ts(1) + texp / 2.0 / DSEC, texp, f.verdict());
        }
        double texp = readout.readoutTime() + f.expose();
        return new Centre(f.ts(0) - (ft + texp / 2.0) / DSEC, texp, f.verdict().failIfGood(
                "could not establish an accurate time without previous GPS timestamp"));
    }

    private Centre laterCycle(Stamps f) {
        double ft = readout.frameTransfer();
        double expose = f.expose();
        if (f.firstFrame()) {
            double back = ft + readout.readoutTime() + expose / 2.0;
            return new Centre(f.ts(0) - back / DSEC, expose, f.verdict().failIfGood(
                    "cannot establish an accurate time for first frame in this mode"));
        }
        if (f.count() >= 2) {
            return ModeTiming.storedCycle(f, 1, ft,
                    "cannot establish an accurate time with only two prior timestamps");
        }
        double texp = readout.readoutTime() + expose;
        return new Centre(f.ts(0) + (expose - texp - ft - texp / 2.0) / DSEC, texp,
                f.verdict().failIfGood("cannot establish an accurate time with only one prior timestamp"));
    }
}
