package io.github.hipercam.imagej;

import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.model.Ccd;
import io.github.hipercam.model.CcdPars;
import io.github.hipercam.model.Header;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.model.Window;
import io.github.hipercam.spool.RunReader;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.spool.Spoolers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A run opened for viewing: the random-access reader behind one bounded
 * {@link FrameCache}, the canvas and renderer of each CCD, the run's header
 * and its frame interval. Stacks of every CCD of the run share it.
 *
 * <pre>{@code
 * try (OpenRun run = OpenRun.open("hf", "testdata/hcm/frames.lis", OpenRun.Settings.defaults())) {
 *     ImagePlus ccd2 = run.image("2");
 *     ...
 * }
 * }</pre>
 *
 * <p>Opening reads one frame (the first asked for) to learn the binning and
 * windows, and the frame after it for the frame interval; nothing else is
 * read until an image asks for it, so a run of any length opens in the same
 * time and memory. Stack slice s shows frame {@code first + s - 1}. The number
 * of frames grows, on {@link #refresh()}, while a run is being written.
 */
public final class OpenRun implements AutoCloseable {

    /**
     * What to open and how to draw it.
     *
     * @param first first frame, at least 1
     * @param last last frame, or 0 for up to the end (and following a growing run)
     * @param render how to draw the CCDs
     * @param cacheBytes memory for decoded frames; at least two frames are kept
     */
    public record Settings(int first, int last, CcdRenderer.Options render, long cacheBytes) {

        /** Validates the values. */
        public Settings {
            if (first < 1) {
                throw new InvalidArgumentException("first frame must be at least 1, got " + first);
            }
            if (last != 0 && last < first) {
                throw new InvalidArgumentException("last frame must be 0 (to the end) or at least first = "
                        + first + ", got " + last);
            }
            Objects.requireNonNull(render, "render");
            if (cacheBytes < 0) {
                throw new InvalidArgumentException("cache size must not be negative, got " + cacheBytes);
            }
        }

        /** @return frames 1 to the end, NaN gaps, flipped, cache of a quarter of the heap up to 512 MB */
        public static Settings defaults() {
            long budget = Math.min(512L << 20, Runtime.getRuntime().maxMemory() / 4);
            return new Settings(1, 0, CcdRenderer.Options.defaults(), budget);
        }

        /**
         * @param f first frame
         * @param l last frame, or 0
         * @return a copy with those frames
         */
        public Settings withFrames(int f, int l) {
            return new Settings(f, l, render, cacheBytes);
        }

        /**
         * @param options drawing options
         * @return a copy with those options
         */
        public Settings withRender(CcdRenderer.Options options) {
            return new Settings(first, last, options, cacheBytes);
        }

        /**
         * @param bytes memory for decoded frames
         * @return a copy with that budget
         */
        public Settings withCacheBytes(long bytes) {
            return new Settings(first, last, render, bytes);
        }
    }

    /** Bytes a decoded frame takes beyond its pixels (headers, objects), as a rough allowance. */
    private static final long FRAME_OVERHEAD = 64 * 1024;

    private final String name;
    private final Settings settings;
    private final List<CcdPars> pars;
    private final FrameCache cache;
    private final Header header;
    private final Map<String, CcdRenderer> renderers = new LinkedHashMap<>();
    private final double frameInterval;
    private volatile int size;

    /**
     * Opens a run over a reader; {@link Spoolers#openReader} gives one for any source.
     *
     * @param reader the run (closed with this object, also when opening fails)
     * @param pars the run's get_ccd_pars
     * @param settings frames and drawing
     */
    public OpenRun(RunReader<Mccd> reader, List<CcdPars> pars, Settings settings) {
        this.name = reader.name();
        this.settings = Objects.requireNonNull(settings, "settings");
        this.pars = List.copyOf(pars);
        this.cache = new FrameCache(reader, 2);
        try {
            if (this.pars.isEmpty()) {
                throw new InvalidArgumentException(name + ": get_ccd_pars found no CCDs");
            }
            Mccd sample = cache.get(settings.first());
            cache.resize(capacity(sample, settings.cacheBytes()));
            this.header = sample.head();
            for (CcdPars p : this.pars) {
                renderers.put(p.label(), new CcdRenderer(CcdCanvas.of(p, sample.ccd(p.label())),
                        settings.render()));
            }
            refresh();
            this.frameInterval = FrameIntervals.seconds(cache, settings.first(), lastFrame(), sample);
        } catch (RuntimeException e) {
            cache.close();
            throw e;
        }
    }

    /**
     * Opens any source: {@code hl}, {@code ul}, {@code hs}, {@code us},
     * {@code hf} or {@code NAME:local}/{@code NAME:server}.
     *
     * @param source source code
     * @param resource run, list file or server run
     * @param options per-source options
     * @param settings frames and drawing
     * @return the open run
     */
    public static OpenRun open(String source, String resource, SpoolOptions options, Settings settings) {
        List<CcdPars> pars = Spoolers.ccdPars(source, resource, options);
        return new OpenRun(Spoolers.openReader(source, resource, options), pars, settings);
    }

    /**
     * @param source source code
     * @param resource run, list file or server run
     * @param settings frames and drawing
     * @return the open run, with default spool options
     */
    public static OpenRun open(String source, String resource, Settings settings) {
        return open(source, resource, SpoolOptions.defaults(), settings);
    }

    private static int capacity(Mccd sample, long budget) {
        long bytes = FRAME_OVERHEAD;
        for (Ccd c : sample.ccds().values()) {
            for (Window w : c.windows().values()) {
                bytes += (long) w.geometry().npix() * (w.isFloat64() ? 8 : 4);
            }
        }
        return (int) Math.max(2, Math.min(100_000, budget / bytes));
    }

    /** @return the run's name, for titles and messages */
    public String name() {
        return name;
    }

    /** @return what was asked for */
    public Settings settings() {
        return settings;
    }

    /** @return the run's get_ccd_pars */
    public List<CcdPars> ccdPars() {
        return pars;
    }

    /** @return the CCD labels, in order */
    public List<String> labels() {
        return pars.stream().map(CcdPars::label).toList();
    }

    /** @return the top-level header of the first frame opened: the run's header */
    public Header header() {
        return header;
    }

    /** @return seconds between frames, from the run's timing (0 if unknown) */
    public double frameInterval() {
        return frameInterval;
    }

    /** @return the shared frame cache */
    public FrameCache cache() {
        return cache;
    }

    /**
     * @param label CCD label
     * @return the renderer of that CCD
     */
    public CcdRenderer renderer(String label) {
        CcdRenderer r = renderers.get(label);
        if (r == null) {
            throw new InvalidArgumentException(name + ": no CCD '" + label + "'; CCDs are " + labels());
        }
        return r;
    }

    /** @return true if every CCD has the same canvas, so they can be channels of one hyperstack */
    public boolean sharedGeometry() {
        return renderers.values().stream().map(CcdRenderer::canvas).distinct().count() == 1;
    }

    /** @return the number of frames shown now (slices of a one-CCD stack) */
    public int size() {
        return size;
    }

    /** @return the frame number of the last slice */
    public int lastFrame() {
        return settings.first() + size - 1;
    }

    /**
     * @param slice stack slice (time point), 1-based
     * @return its frame number in the run
     */
    public int frameOf(int slice) {
        return settings.first() + slice - 1;
    }

    /**
     * @param number frame number
     * @return the frame, through the shared cache
     */
    public Mccd frame(int number) {
        return cache.get(number);
    }

    /**
     * Asks the reader how many frames exist now and grows the stacks to
     * match (never beyond {@code last}).
     *
     * @return the number of slices after the refresh
     */
    public int refresh() {
        int available = cache.available();
        int end = settings.last() > 0 ? Math.min(settings.last(), available) : available;
        size = Math.max(size, Math.max(0, end - settings.first() + 1));
        return size;
    }

    /** Closes the reader and drops the cache. */
    @Override
    public void close() {
        cache.close();
    }
}
