package io.github.hipercam.ucam.timing;

import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.ucam.timing.UcamTimes.Utime;
import io.github.hipercam.util.Lru;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The times of the frames of one ULTRACAM or ULTRASPEC run: the reference
 * pipeline's {@code utimer}, split into named steps.
 *
 * <ol>
 * <li>{@link TimingBytes}: the layout of the run's version (format 1 or 2)
 *     and the raw fields;</li>
 * <li>{@link StampDating}: the GPS time of the stamp with each era's fixes,
 *     the GPS status and satellite checks, the midnight bug;</li>
 * <li>{@link StampHistory}: the stamps of the frames before, in the same
 *     unbroken sequence of frame counters;</li>
 * <li>{@link ModeTiming}: mid-exposure time and exposure for the mode
 *     ({@link UltracamClearTiming}, {@link UltracamNoClearTiming},
 *     {@link UltracamDriftTiming}, {@link UltraspecTiming},
 *     {@link UltraspecDriftTiming});</li>
 * <li>{@link BlueTime}: the co-added blue CCD of ULTRACAM when nblue &gt; 1.</li>
 * </ol>
 *
 * <h2>History</h2>
 * The reference keeps the stamps of the frames it read before in the state
 * of its function, and forgets them when a frame's counter does not follow
 * the previous one. Its answer for frame N therefore depends on what was
 * read before. This timer reads the earlier frames it needs through
 * {@link TimingWords}, so frame N gets the same time whether it is reached in
 * order or by a jump. Where the history starts is stated on each call: frame
 * 1 gives the time the reference gives when it reads the run in order from
 * its start; frame f the time it gives when its spool started at f. See
 * {@code docs/timing-differences.md}.
 *
 * <p>One timer belongs to one opened run and owns its cache: the stamps
 * already dated, a few thousand per history start, so that reading a run in
 * order decodes each frame's timing bytes once. Thread-safe.
 */
public final class UcamTimer {

    /** History starts whose dated stamps are kept. */
    static final int HISTORIES_KEPT = 8;

    private static final System.Logger LOG = System.getLogger(UcamTimer.class.getName());

    private final UcamTimingSetup setup;
    private final TimingWords words;
    private final Map<Integer, Map<Integer, GpsStamp>> stamps = Lru.of(HISTORIES_KEPT);

    /**
     * @param setup what the run's XML says about timing
     * @param words the timing bytes of the run's frames
     */
    public UcamTimer(UcamTimingSetup setup, TimingWords words) {
        this.setup = Objects.requireNonNull(setup, "setup");
        this.words = Objects.requireNonNull(words, "words");
        TimingBytes.formatOf(setup);
    }

    /**
     * @param frame frame number, 1-based
     * @return its times, with the history of the whole run
     */
    public UcamTimes time(int frame) {
        return time(frame, 1);
    }

    /**
     * @param frame frame number, 1-based
     * @param from first frame of the history: frames before it are never
     *     used, as the reference, reading from frame {@code from}, never saw them
     * @return its times
     */
    public UcamTimes time(int frame, int from) {
        if (frame < 1) {
            throw new InvalidArgumentException("run " + setup.run() + ": frame number must be 1 or more, got "
                    + frame);
        }
        if (from < 1) {
            throw new InvalidArgumentException("run " + setup.run() + ": a history starts at frame 1 or later, got "
                    + from);
        }
        Map<Integer, GpsStamp> cache;
        synchronized (stamps) {
            cache = stamps.computeIfAbsent(from, f -> StampHistory.newCache());
        }
        synchronized (cache) {
            return time(new StampHistory(setup, words, from, cache), frame);
        }
    }

    private UcamTimes time(StampHistory history, int frame) {
        GpsStamp current = history.stamp(frame);
        int depth = ModeTiming.of(setup, current.vclockFrame()).depth();
        int nblue = BlueTime.coadded(setup) ? setup.nblue() : 1;
        List<GpsStamp> latest = history.latest(frame, depth + nblue - 1);
        Utime time = FrameTime.of(setup, latest, 0, depth);
        boolean badBlue = BlueTime.coadded(setup) && current.bytes().blueJunkFlag();
        Utime blue = BlueTime.of(setup, latest, depth, time, badBlue);
        boolean frameError = current.counter() != frame;
        warn(frame, current, frameError);
        TimingBytes tb = current.bytes();
        return new UcamTimes(time, blue, badBlue, tb.format() == 1 ? tb.nsat() : -1, tb.format(),
                current.vclockFrame(), setup.whichRun(), current.defTstamp(), current.mjd(),
                frameError, current.midnightCorr(), frame);
    }

    private void warn(int frame, GpsStamp current, boolean frameError) {
        if (frameError) {
            LOG.log(Level.WARNING, "run {0}: expected frame number {1} but the timing bytes say {2}",
                    setup.run(), frame, current.counter());
        }
        if (current.midnightCorr()) {
            LOG.log(Level.WARNING, "run {0}, frame {1}: midnight bug detected and corrected",
                    setup.run(), frame);
        }
    }
}
