package io.github.hipercam.imagej.views;

import io.github.hipercam.run.FrameCache;
import io.github.hipercam.run.FrameIntervals;
import io.github.hipercam.HipercamException;
import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.model.Ccd;
import ij.IJ;
import ij.VirtualStack;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import java.util.Arrays;
import java.util.List;

/**
 * The {@link VirtualStack} of one CCD of an {@link OpenRun}, or of several
 * CCDs as the channels of a hyperstack (slice n is channel
 * {@code (n-1) % nccd + 1} of time point {@code (n-1) / nccd + 1}, ImageJ's
 * order).
 *
 * <p>Nothing is decoded until ImageJ asks for a slice; frames come through
 * the run's shared {@link FrameCache}. {@link #getProcessor(int)} is safe to
 * call from several threads at once (ImageJ's slider thread, macros and
 * parallel filters do) and returns a new pixel array each time, so a filter
 * that changes it never changes what the next caller sees. The stack is read
 * only: pixels set on it are not kept.
 *
 * <p>A frame that cannot be read shows as a NaN image whose label names the
 * fault, and the fault goes to ImageJ's log once; the user can still move on
 * to the next frame.
 */
public final class RunStack extends VirtualStack {

    private final OpenRun run;
    private final List<String> ccds;
    private final CcdRenderer[] renderers;
    private final FrameLabels.Context[] contexts;
    private final int width;
    private final int height;
    private volatile int lastFaultFrame;
    private volatile int frames;

    /**
     * @param run the open run
     * @param ccds the CCDs shown, in channel order; all must share one canvas size
     */
    public RunStack(OpenRun run, List<String> ccds) {
        super(canvasOf(run, ccds).width(), canvasOf(run, ccds).height());
        this.run = run;
        this.ccds = List.copyOf(ccds);
        this.renderers = this.ccds.stream().map(run::renderer).toArray(CcdRenderer[]::new);
        this.width = renderers[0].layout().width();
        this.height = renderers[0].layout().height();
        for (CcdRenderer r : renderers) {
            if (r.layout().width() != width || r.layout().height() != height) {
                throw new InvalidArgumentException(run.name() + ": CCDs " + ccds
                        + " have canvases of different sizes and cannot be channels of one stack");
            }
        }
        this.frames = run.size();
        this.contexts = this.ccds.stream().map(c -> context(run, c, this.ccds.size() > 1, width, height))
                .toArray(FrameLabels.Context[]::new);
        setBitDepth(32);
    }

    /** What the labels of one CCD say beside the frame's items: its channel, filter and the run. */
    private static FrameLabels.Context context(OpenRun run, String ccd, boolean channels, int width, int height) {
        String filter = run.instrument().filter(run.index(ccd));
        String channel = channels ? Channels.name(run.instrument(), run.index(ccd), ccd) : filter;
        return new FrameLabels.Context(ccd, filter, channel, width, height, run.header(),
                run.instrument().name());
    }

    /**
     * @param n slice, 1-based
     * @return the channel name of that slice: its CCD's filter, or "CCD n"
     */
    public String channelName(int n) {
        String ccd = ccdOf(n);
        return Channels.name(run.instrument(), run.index(ccd), ccd);
    }

    private static Layout canvasOf(OpenRun run, List<String> ccds) {
        if (ccds.isEmpty()) {
            throw new InvalidArgumentException(run.name() + ": a stack needs at least one CCD");
        }
        return run.renderer(ccds.get(0)).layout();
    }

    /** @return the run shown */
    public OpenRun run() {
        return run;
    }

    /** @return the CCD labels, in channel order */
    public List<String> ccds() {
        return ccds;
    }

    /** @return the number of channels (CCDs) */
    public int channels() {
        return ccds.size();
    }

    /** @return the number of time points shown; fixed until {@link #setFrames(int)} */
    public int frames() {
        return frames;
    }

    /**
     * Grows the stack to more of the run's frames (a live run). Only
     * {@link RunImages#grow} calls it, together with updating the image.
     *
     * @param n number of time points, at most {@link OpenRun#size()}
     */
    void setFrames(int n) {
        if (n < frames || n > run.size()) {
            throw new InvalidArgumentException("cannot show " + n + " frames of " + run.name()
                    + "; it has " + run.size() + " and " + frames + " are shown");
        }
        frames = n;
    }

    @Override
    public int getSize() {
        return frames * ccds.size();
    }

    @Override
    public int size() {
        return getSize();
    }

    @Override
    public int getWidth() {
        return width;
    }

    @Override
    public int getHeight() {
        return height;
    }

    /**
     * @param n slice, 1-based
     * @return the frame number of that slice
     */
    public int frameOf(int n) {
        check(n);
        return run.frameOf((n - 1) / ccds.size() + 1);
    }

    /**
     * @param n slice, 1-based
     * @return the CCD label of that slice
     */
    public String ccdOf(int n) {
        check(n);
        return ccds.get((n - 1) % ccds.size());
    }

    @Override
    public ImageProcessor getProcessor(int n) {
        int c = channelIndex(n);
        int frame = frameOf(n);
        try {
            Ccd ccd = run.frame(frame).ccd(ccds.get(c));
            return renderers[c].render(ccd);
        } catch (HipercamException e) {
            report(frame, e);
            float[] nan = new float[width * height];
            Arrays.fill(nan, Float.NaN);
            return new FloatProcessor(width, height, nan);
        }
    }

    @Override
    public Object getPixels(int n) {
        return getProcessor(n).getPixels();
    }

    @Override
    public void setPixels(Object pixels, int n) {
        // read only: the run's frames are not changed
    }

    @Override
    public String getSliceLabel(int n) {
        int frame = frameOf(n);
        int c = channelIndex(n);
        try {
            return FrameLabels.slice(frame, run.frame(frame).ccd(ccds.get(c)), contexts[c]);
        } catch (HipercamException e) {
            return "frame " + frame + " (cannot be read: " + e.getMessage() + ")";
        }
    }

    @Override
    public void setSliceLabel(String label, int n) {
        // labels come from the frames themselves
    }

    @Override
    public String getDirectory() {
        return null;
    }

    @Override
    public String getFileName(int n) {
        return null;
    }

    private int channelIndex(int n) {
        check(n);
        return (n - 1) % ccds.size();
    }

    private void check(int n) {
        int size = getSize();
        if (n < 1 || n > size) {
            throw new IllegalArgumentException("slice " + n + " out of range 1-" + size);
        }
    }

    private void report(int frame, HipercamException e) {
        if (lastFaultFrame != frame) {
            lastFaultFrame = frame;
            IJ.log("HiPERCAM: " + e.getMessage());
        }
    }
}
