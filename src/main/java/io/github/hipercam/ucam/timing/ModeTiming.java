package io.github.hipercam.ucam.timing;

import io.github.hipercam.ucam.UltracamReadout;
import static io.github.hipercam.ucam.timing.UcamTimeConstants.DSEC;

import io.github.hipercam.FormatException;

/**
 * How one family of readout modes turns the GPS stamps of a frame and of the
 * frames before it into a mid-exposure time and an exposure.
 */
interface ModeTiming {

    /**
     * @return how many stamps, this frame's included, the mode can use (the
     *     reference's {@code ntmin}); fewer are passed at the start of a run
     */
    int depth();

    /**
     * @param frame this frame and the stamps before it
     * @return the mid-exposure time, exposure and verdict
     */
    Centre centre(Stamps frame);

    /**
     * The stamps one frame's time is worked out from.
     *
     * @param setup the run's timing setup
     * @param current this frame's stamp
     * @param mjds GPS times (MJD) of this frame and up to {@code depth() - 1}
     *     frames before it, most recent first
     * @param verdict quality so far
     */
    record Stamps(UcamTimingSetup setup, GpsStamp current, double[] mjds, Verdict verdict) {

        /** @param i 0 for this frame, 1 for the one before, ... @return its GPS MJD */
        double ts(int i) {
            return mjds[i];
        }

        /** @return number of stamps available */
        int count() {
            return mjds.length;
        }

        /** @return the exposure delay of the XML in seconds */
        double expose() {
            return setup.exposeTime() * setup.timeUnits();
        }

        /** @return whether the counter in the bytes says this is the first frame */
        boolean firstFrame() {
            return current.counter() == 1;
        }
    }

    /**
     * The centre of an exposure read out {@code back} frames after it ended,
     * outside the default time-stamping cycle: it is bounded by the stamps
     * {@code back} and {@code back + 1} frames before this one. With one
     * stamp fewer, the exposure is taken from the pair before and the time is
     * flagged. Every ULTRACAM and ULTRASPEC mode but the cleared ones uses
     * this: {@code back} is 1, or the windows in the storage pipeline in
     * drift mode.
     *
     * @param f the frame's stamps, at least {@code back + 1} of them
     * @param back frames between the end of the exposure and its readout
     * @param frameTransfer seconds of the frame transfer
     * @param onePairShort the reason given when one stamp is missing
     * @return the centre and exposure
     */
    static Centre storedCycle(Stamps f, int back, double frameTransfer, String onePairShort) {
        double expose = f.expose();
        if (f.count() > back + 1) {
            double texp = DSEC * (f.ts(back) - f.ts(back + 1)) - frameTransfer;
            return new Centre(f.ts(back) + (expose - texp / 2.0) / DSEC, texp, f.verdict());
        }
        double texp = DSEC * (f.ts(back - 1) - f.ts(back)) - frameTransfer;
        return new Centre(f.ts(back) + (expose - texp / 2.0) / DSEC, texp, f.verdict().failIfGood(onePairShort));
    }

    /**
     * The result for one frame.
     *
     * @param mjd mid-exposure MJD
     * @param expose exposure, seconds
     * @param verdict quality
     */
    record Centre(double mjd, double expose, Verdict verdict) {
    }

    /**
     * @param setup the run's timing setup
     * @param vclock this frame's vertical clock time (ULTRACAM), seconds
     * @return the timing of the run's mode
     * @throws FormatException for an instrument or mode without timing
     */
    static ModeTiming of(UcamTimingSetup setup, double vclock) {
        String mode = setup.mode();
        switch (setup.instrument()) {
            case "ULTRACAM" -> {
                UltracamReadout r = UltracamReadout.of(setup, vclock);
                switch (mode) {
                    case "FFCLR", "FFOVER", "1-PCLR" -> {
                        return new UltracamClearTiming(r);
                    }
                    case "FFNCLR", "FFOVNC", "1-PAIR", "2-PAIR", "3-PAIR" -> {
                        return new UltracamNoClearTiming(r);
                    }
                    case "DRIFT" -> {
                        return UltracamDriftTiming.of(r);
                    }
                    default -> {
                    }
                }
            }
            case "ULTRASPEC" -> {
                if (mode.startsWith("USPEC")) {
                    return new UltraspecTiming();
                }
                if (mode.equals("UDRIFT")) {
                    return UltraspecDriftTiming.of(setup);
                }
            }
            default -> throw new FormatException("run " + setup.run() + ": instrument '"
                    + setup.instrument() + "' is neither ULTRACAM nor ULTRASPEC");
        }
        throw new FormatException("run " + setup.run() + ": no timing is known for "
                + setup.instrument() + " mode " + mode);
    }
}
