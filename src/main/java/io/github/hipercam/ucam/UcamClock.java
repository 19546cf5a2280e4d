package io.github.hipercam.ucam;

/**
 * Works out the times of one ULTRACAM or ULTRASPEC frame: the reference
 * pipeline's {@code utimer}, as a pure function of the run's timing setup and
 * the timing words of the frame and of those before it.
 */
@FunctionalInterface
public interface UcamClock {

    /**
     * @param setup what the run's XML says about timing
     * @param words timing bytes of this frame and any earlier one
     * @param frame frame number, 1-based
     * @return the times
     */
    UcamTimes time(UcamTimingSetup setup, TimingWords words, int frame);
}
