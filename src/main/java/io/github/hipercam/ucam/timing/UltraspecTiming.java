package io.github.hipercam.ucam.timing;

import static io.github.hipercam.ucam.timing.UcamTimeConstants.DSEC;
import static io.github.hipercam.ucam.timing.UcamTimeConstants.USPEC_CHANGE;
import static io.github.hipercam.ucam.timing.UcamTimeConstants.USPEC_CLR_TIME;
import static io.github.hipercam.ucam.timing.UcamTimeConstants.USPEC_FT_TIME_EARLY;
import static io.github.hipercam.ucam.timing.UcamTimeConstants.USPEC_FT_TIME_LATE;

/**
 * ULTRASPEC windowed modes (USPEC-1 to USPEC-4). With clears, or for the
 * first frame, the exposure is the XML's delay and starts a clear after the
 * previous stamp. Without clears the exposure is the gap between two stamps
 * less a frame transfer. Stamps from before 21 September 2011 are flagged as
 * bad and the stamp is taken to end the exposure.
 */
record UltraspecTiming() implements ModeTiming {

    @Override
    public int depth() {
        return 3;
    }

    @Override
    public Centre centre(Stamps f) {
        double ft = f.ts(0) < USPEC_CHANGE ? USPEC_FT_TIME_EARLY : USPEC_FT_TIME_LATE;
        return f.ts(0) < USPEC_CHANGE ? early(f, ft) : late(f, ft);
    }

    private static Centre early(Stamps f, double ft) {
        Verdict v = Verdict.bad("timestamp too early");
        double expose = f.expose();
        if (f.setup().enClr() || f.firstFrame()) {
            return new Centre(f.ts(0) - expose / 2.0 / DSEC, expose, v);
        }
        if (f.count() > 1) {
            double texp = DSEC * (f.ts(0) - f.ts(1)) - ft;
            return new Centre(f.ts(0) - texp / 2.0 / DSEC, texp, v);
        }
        return new Centre(f.ts(0) - expose / 2.0 / DSEC, expose, v);
    }

    private static Centre late(Stamps f, double ft) {
        double expose = f.expose();
        if (f.setup().enClr() || f.firstFrame()) {
            if (f.count() == 1) {
                return new Centre(f.ts(0) - (-ft - expose / 2.0) / DSEC, expose, f.verdict().failIfGood(
                        "cannot establish an accurate time without at least 1 prior timestamp"));
            }
            return new Centre(f.ts(1) + (USPEC_CLR_TIME + expose / 2.0) / DSEC, expose, f.verdict());
        }
        if (f.count() >= 2) {
            return ModeTiming.storedCycle(f, 1, ft,
                    "cannot establish an accurate time without at least 2 prior timestamps");
        }
        return new Centre(f.ts(0) - (expose / 2.0 + expose) / DSEC, expose,
                f.verdict().failIfGood("too few stored timestamps"));
    }
}
