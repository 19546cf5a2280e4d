package io.github.hipercam.imagej.views;

import io.github.hipercam.run.FrameCache;
import io.github.hipercam.run.FrameIntervals;
import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.model.Ccd;
import io.github.hipercam.model.CcdPars;
import io.github.hipercam.model.Header;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.model.Window;
import io.github.hipercam.model.Winhead;
import io.github.hipercam.run.Instrument;
import io.github.hipercam.run.OpenedRun;
import io.github.hipercam.run.Runs;
import io.github.hipercam.spool.SpoolOptions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A run opened for viewing: the {@link OpenedRun} behind one bounded
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
     * @param first first frame with the reference's meaning: 1 or more for that frame; 0 for the
     *     newest complete one, or that many before it when negative (one frame is then shown)
     * @param last last frame, or 0 for up to the end (and following a growing run)
     * @param render how to draw the CCDs
     * @param cacheBytes memory for decoded frames; at least two frames are kept
     * @param view how much of each CCD to show
     */
    public record Settings(int first, int last, CcdRenderer.Options render, long cacheBytes, View view) {

        /** Validates the values. */
        public Settings {
            if (last < 0 || last != 0 && first >= 1 && last < first) {
                throw new InvalidArgumentException("last frame must be 0 (to the end) or at least first = "
                        + first + ", got " + last);
            }
            Objects.requireNonNull(render, "render");
            if (cacheBytes < 0) {
                throw new InvalidArgumentException("cache size must not be negative, got " + cacheBytes);
            }
            Objects.requireNonNull(view, "view");
        }

        /**
         * @return frames 1 to the end, NaN gaps, flipped, the whole canvas, cache of a
         *     quarter of the heap up to 512 MB
         */
        public static Settings defaults() {
            long budget = Math.min(512L << 20, Runtime.getRuntime().maxMemory() / 4);
            return new Settings(1, 0, CcdRenderer.Options.defaults(), budget, View.CANVAS);
        }

        /**
         * @param f first frame
         * @param l last frame, or 0
         * @return a copy with those frames
         */
        public Settings withFrames(int f, int l) {
            return new Settings(f, l, render, cacheBytes, view);
        }

        /**
         * @param options drawing options
         * @return a copy with those options
         */
        public Settings withRender(CcdRenderer.Options options) {
            return new Settings(first, last, options, cacheBytes, view);
        }

        /**
         * @param bytes memory for decoded frames
         * @return a copy with that budget
         */
        public Settings withCacheBytes(long bytes) {
            return new Settings(first, last, render, bytes, view);
        }

        /**
         * @param v how much of each CCD to show
         * @return a copy with that view
         */
        public Settings withView(View v) {
            return new Settings(first, last, render, cacheBytes, v);
        }
    }

    /** Bytes a decoded frame takes beyond its pixels (headers, objects), as a rough allowance. */
    private static final long FRAME_OVERHEAD = 64 * 1024;

    private final OpenedRun opened;
    private final String name;
    private final Settings settings;
    private final List<CcdPars> pars;
    private final FrameCache cache;
    private final Header header;
    private final Map<String, CcdRenderer> renderers = new LinkedHashMap<>();
    private final Map<String, List<Winhead>> windows = new LinkedHashMap<>();
    private final Map<String, List<String>> windowNames = new LinkedHashMap<>();
    private final Map<String, double[]> ranges = new LinkedHashMap<>();
    private final Instrument instrument;
    private final double frameInterval;
    /** The first frame shown: {@code settings.first()}, or where a spool from it begins. */
    private final int from;
    private volatile int size;

    /**
     * Shows a run opened with {@link Runs#open}.
     *
     * @param opened the run (closed with this object, also when this fails)
     * @param settings frames and drawing
     */
    public OpenRun(OpenedRun opened, Settings settings) {
        this.opened = opened;
        this.name = opened.name();
        this.settings = Objects.requireNonNull(settings, "settings");
        this.from = firstFrame(opened, settings.first());
        this.cache = new FrameCache(opened.frames(Math.max(1, from)), 2);
        try {
            this.pars = List.copyOf(opened.ccdPars());
            if (this.pars.isEmpty()) {
                throw new InvalidArgumentException(name + ": get_ccd_pars found no CCDs");
            }
            Mccd sample = cache.get(from);
            cache.resize(capacity(sample, settings.cacheBytes()));
            this.header = sample.head();
            this.instrument = Instrument.of(opened);
            Map<String, Layout> layouts = Layouts.of(settings.view(), this.pars, sample);
            for (CcdPars p : this.pars) {
                Ccd ccd = sample.ccd(p.label());
                renderers.put(p.label(), new CcdRenderer(layouts.get(p.label()), settings.render()));
                windows.put(p.label(), CcdCanvas.windows(ccd));
                windowNames.put(p.label(), List.copyOf(ccd.windows().keySet()));
                ranges.put(p.label(), Channels.range(ccd));
            }
            refresh();
            this.frameInterval = FrameIntervals.seconds(cache, from, lastFrame(), sample);
        } catch (RuntimeException e) {
            close();
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
        return new OpenRun(Runs.open(source, resource, options), settings);
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

    /**
     * Where a spool from {@code first} begins, refused, as every entry point
     * refuses it, when the run has no such frame now.
     */
    private static int firstFrame(OpenedRun opened, int first) {
        int n;
        try {
            n = opened.firstFrame(first);
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
        int available = opened.available();
        if (n < 1 || n > available) {
            opened.close();
            throw new InvalidArgumentException(opened.name() + ": no frame to show for first = " + first
                    + "; the run has " + (available == 0 ? "no complete frame yet" : available + " complete frame(s)"));
        }
        return n;
    }

    /** @return the first frame shown (slice 1) */
    public int from() {
        return from;
    }

    private static int capacity(Mccd sample, long budget) {
        long bytes = FRAME_OVERHEAD;
        for (Ccd c : sample.ccds().values()) {
            for (Window w : c.windows().values()) {
                bytes += w.pixelBytes();
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

    /** @return true if every CCD has the same layout, so they can be channels of one hyperstack */
    public boolean sharedGeometry() {
        return renderers.values().stream().map(CcdRenderer::layout).distinct().count() == 1;
    }

    /** @return the run's instrument and the filter of each CCD, as its format reads the header */
    public Instrument instrument() {
        return instrument;
    }

    /**
     * @param label a CCD label
     * @return the geometry of that CCD's windows, in the first frame shown
     */
    public List<Winhead> windows(String label) {
        renderer(label);
        return windows.get(label);
    }

    /**
     * @param label a CCD label
     * @return the names of that CCD's windows ("E1", "F1", ...), in the order of {@link #windows}
     */
    public List<String> windowNames(String label) {
        renderer(label);
        return windowNames.get(label);
    }

    /**
     * @param label a CCD label
     * @return {low, high} of that CCD's first display range ({@link Channels#range})
     */
    public double[] displayRange(String label) {
        renderer(label);
        return ranges.get(label).clone();
    }

    /**
     * @param label a CCD label
     * @return its place among the run's CCDs, 0-based
     */
    public int index(String label) {
        renderer(label);
        return labels().indexOf(label);
    }

    /** @return the number of frames shown now (slices of a one-CCD stack) */
    public int size() {
        return size;
    }

    /** @return the frame number of the last slice */
    public int lastFrame() {
        return from + size - 1;
    }

    /**
     * @param slice stack slice (time point), 1-based
     * @return its frame number in the run
     */
    public int frameOf(int slice) {
        return from + slice - 1;
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
        int last = settings.first() < 1 ? from : settings.last();
        int end = last > 0 ? Math.min(last, available) : available;
        size = Math.max(size, Math.max(0, end - from + 1));
        return size;
    }

    /** @return the run as opened, for spools and raw access */
    public OpenedRun opened() {
        return opened;
    }

    /** Drops the cache and closes the run. */
    @Override
    public void close() {
        try {
            cache.close();
        } finally {
            opened.close();
        }
    }
}
