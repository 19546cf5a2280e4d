package io.github.hipercam.ucam;

import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.ucam.UcamTimes.Utime;
import java.lang.System.Logger.Level;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;

/**
 * The times of ULTRACAM and ULTRASPEC frames: the reference pipeline's
 * {@code utimer}, split into named steps.
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
 * order or by a jump: the time the reference gives when the run is read in
 * order from frame 1 ({@link #INSTANCE}). {@link #withHistoryFrom(int)}
 * instead reproduces a reference spool that started at a later frame. See
 * {@code docs/timing-differences.md}.
 *
 * <p>Stamps already dated are cached per {@link TimingWords} object (weakly
 * keyed, a few thousand per run), so reading a run in order decodes each
 * frame's timing bytes once. Pass the same {@code TimingWords} for all the
 * frames of a run. Thread-safe.
 */
public final class UcamTimer implements UcamClock {

    /** The timer whose times equal the reference's when it reads a run in order from frame 1. */
    public static final UcamTimer INSTANCE = new UcamTimer();

    private static final System.Logger LOG = System.getLogger(UcamTimer.class.getName());

    private final int floor;
    private final Map<TimingWords, Cache> caches = Collections.synchronizedMap(new WeakHashMap<>());

    /** A timer with the full history of each run, as {@link #INSTANCE}. */
    public UcamTimer() {
        this(1);
    }

    private UcamTimer(int floor) {
        this.floor = floor;
    }

    /**
     * A timer that never uses frames before {@code first}: the times the
     * reference gives when its spool starts at frame {@code first} and reads on
     * in order (for the last frame of a live run, {@code first} = that frame).
     *
     * @param first first frame the reference read, 1-based
     * @return the timer
     */
    public static UcamTimer withHistoryFrom(int first) {
        if (first < 1) {
            throw new InvalidArgumentException("history must start at frame 1 or later, got " + first);
        }
        return new UcamTimer(first);
    }

    /** @return the earliest frame this timer uses as history */
    public int historyFloor() {
        return floor;
    }

    @Override
    public UcamTimes time(UcamTimingSetup setup, TimingWords words, int frame) {
        Objects.requireNonNull(setup, "setup");
        Objects.requireNonNull(words, "words");
        if (frame < 1) {
            throw new InvalidArgumentException("run " + setup.run() + ": frame number must be 1 or more, got " + frame);
        }
        TimingBytes.formatOf(setup);
        Cache cache = caches.compute(words, (w, c) -> c != null && c.setup.equals(setup) ? c : new Cache(setup));
        synchronized (cache) {
            StampHistory history = new StampHistory(setup, words, floor, cache.stamps);
            return time(history, setup, frame);
        }
    }

    private static UcamTimes time(StampHistory history, UcamTimingSetup setup, int frame) {
        GpsStamp current = history.stamp(frame);
        int depth = ModeTiming.of(setup, current.vclockFrame()).depth();
        int nblue = BlueTime.coadded(setup) ? setup.nblue() : 1;
        List<GpsStamp> stamps = history.latest(frame, depth + nblue - 1);
        Utime time = FrameTime.of(setup, stamps, 0, depth);
        boolean badBlue = BlueTime.coadded(setup) && current.bytes().blueJunkFlag();
        Utime blue = BlueTime.of(setup, stamps, depth, time, badBlue);
        boolean frameError = current.counter() != frame;
        warn(setup, frame, current, frameError);
        TimingBytes tb = current.bytes();
        return new UcamTimes(time, blue, badBlue, tb.format() == 1 ? tb.nsat() : -1, tb.format(),
                current.vclockFrame(), setup.whichRun(), current.defTstamp(), current.mjd(),
                frameError, current.midnightCorr(), frame);
    }

    private static void warn(UcamTimingSetup setup, int frame, GpsStamp current, boolean frameError) {
        if (frameError) {
            LOG.log(Level.WARNING, "run {0}: expected frame number {1} but the timing bytes say {2}",
                    setup.run(), frame, current.counter());
        }
        if (current.midnightCorr()) {
            LOG.log(Level.WARNING, "run {0}, frame {1}: midnight bug detected and corrected",
                    setup.run(), frame);
        }
    }

    /** Stamps dated for one run's words under one setup. */
    private static final class Cache {
        final UcamTimingSetup setup;
        final Map<Integer, GpsStamp> stamps = StampHistory.newCache();

        Cache(UcamTimingSetup setup) {
            this.setup = setup;
        }
    }
}
