package io.github.hipercam.ucam.timing;

import io.github.hipercam.ucam.UltracamReadout;
import static io.github.hipercam.ucam.timing.UcamTimeConstants.DSEC;

/**
 * ULTRACAM modes that clear the CCD before each exposure (FFCLR, FFOVER,
 * 1-PCLR). The exposure is the XML's delay. In the default stamping eras the
 * stamp marks the start of the exposure; otherwise the exposure starts one
 * clear after the previous frame's stamp, or, without one, is found by
 * stepping back over the frame transfer and readout.
 *
 * @param readout the frame's clocking times
 */
record UltracamClearTiming(UltracamReadout readout) implements ModeTiming {

    @Override
    public int depth() {
        return 2;
    }

    @Override
    public Centre centre(Stamps f) {
        double expose = f.expose();
        if (f.current().defTstamp()) {
            return new Centre(f.ts(0) + expose / DSEC / 2.0, expose, f.verdict());
        }
        if (f.count() == 1) {
            double back = readout.frameTransfer() + readout.readoutTime() + expose / 2.0;
            return new Centre(f.ts(0) - back / DSEC, expose,
                    f.verdict().failIfGood("no previous GPS time found in non-default mode"));
        }
        return new Centre(f.ts(1) + (readout.clearTime() + expose / 2.0) / DSEC, expose, f.verdict());
    }
}
