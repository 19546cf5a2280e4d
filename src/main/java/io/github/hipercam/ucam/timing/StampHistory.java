package io.github.hipercam.ucam.timing;

import io.github.hipercam.FormatException;
import io.github.hipercam.util.Lru;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The dated stamps of one run, read on demand through {@link TimingWords} and
 * kept in a bounded cache, so that reading a run in order decodes each
 * frame's timing bytes once.
 *
 * <p>A frame's stamp belongs to the same unbroken sequence as the frame
 * before when its counter is one more than that frame's counter, and the
 * frame before is not below the history floor. This is the rule by which the
 * reference, reading in order, keeps or drops the stamps it has seen.
 *
 * <p>Not thread-safe: {@link UcamTimer} locks the cache while in use. The
 * cache holds no reference to the {@link TimingWords}.
 */
final class StampHistory {

    /** Stamps kept per run. */
    static final int CAPACITY = 4096;

    private final UcamTimingSetup setup;
    private final TimingWords words;
    private final int floor;
    private final Map<Integer, GpsStamp> cache;

    /**
     * @param setup the run's timing setup
     * @param words the run's timing words
     * @param floor no frame below this one is part of any frame's history
     * @param cache stamps already dated for this run, setup and floor (see {@link #newCache})
     */
    StampHistory(UcamTimingSetup setup, TimingWords words, int floor, Map<Integer, GpsStamp> cache) {
        this.setup = setup;
        this.words = words;
        this.floor = Math.max(1, floor);
        this.cache = cache;
    }

    /** @return an empty cache of stamps, keeping the most recently used {@link #CAPACITY} */
    static Map<Integer, GpsStamp> newCache() {
        return Lru.of(CAPACITY);
    }

    UcamTimingSetup setup() {
        return setup;
    }

    /**
     * @param frame the latest frame
     * @param max most stamps wanted
     * @return the stamps of {@code frame} and of the frames before it in its
     *     unbroken sequence, most recent first, at most {@code max}
     */
    List<GpsStamp> latest(int frame, int max) {
        List<GpsStamp> out = new ArrayList<>(max);
        GpsStamp s = stamp(frame);
        out.add(s);
        while (out.size() < max && linked(s.frame())) {
            s = stamp(s.frame() - 1);
            out.add(s);
        }
        return out;
    }

    /** @return whether frame n-1 is in the same unbroken sequence as frame n */
    private boolean linked(int n) {
        return n - 1 >= floor && stamp(n).counter() == stamp(n - 1).counter() + 1;
    }

    /**
     * @param n frame number
     * @return its dated stamp
     */
    GpsStamp stamp(int n) {
        GpsStamp s = cache.get(n);
        if (s != null) {
            return s;
        }
        if (needsPrevious()) {
            return chainedStamp(n);
        }
        return remember(StampDating.date(setup, bytes(n), n, Double.NaN));
    }

    private TimingBytes bytes(int n) {
        byte[] b = words.of(n);
        if (b == null) {
            throw new FormatException("run " + setup.run() + ": no timing bytes for frame " + n);
        }
        return TimingBytes.decode(setup, b, n);
    }

    /** Only May 2002 stamps depend on the stamp before (the ten-second fix). */
    private boolean needsPrevious() {
        return "MAY2002".equals(setup.whichRun()) && TimingBytes.formatOf(setup) == 1;
    }

    /**
     * Walks back to the start of the sequence (or to a cached stamp), then
     * dates forward, each stamp against the one before.
     */
    private GpsStamp chainedStamp(int n) {
        List<TimingBytes> pending = new ArrayList<>();
        int k = n;
        TimingBytes tb = bytes(k);
        double previous = Double.NaN;
        while (true) {
            pending.add(tb);
            if (k - 1 < floor) {
                break;
            }
            GpsStamp cached = cache.get(k - 1);
            TimingBytes before = cached != null ? cached.bytes() : bytes(k - 1);
            if (before.counter() + 1 != tb.counter()) {
                break;
            }
            if (cached != null) {
                previous = cached.mjd();
                break;
            }
            tb = before;
            k--;
        }
        GpsStamp s = null;
        for (int i = pending.size() - 1; i >= 0; i--) {
            s = remember(StampDating.date(setup, pending.get(i), k, previous));
            previous = s.mjd();
            k++;
        }
        return s;
    }

    private GpsStamp remember(GpsStamp s) {
        cache.put(s.frame(), s);
        return s;
    }
}
