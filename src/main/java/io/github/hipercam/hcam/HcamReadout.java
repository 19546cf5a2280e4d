package io.github.hipercam.hcam;

import io.github.hipercam.FormatException;
import io.github.hipercam.model.Header;
import java.util.List;

/**
 * Everything needed to decode the frames of one raw HiPERCAM run, parsed
 * once from its primary FITS header and never changed: readout mode, window
 * sets and their geometry, pixel order (NSAMP), flips, scans, frame size,
 * timing constants and the header items every frame carries.
 *
 * <p>Decoding a frame ({@link HcamDecoder#decode}) is a pure function of a
 * readout and the frame's bytes.
 */
public final class HcamReadout {

    /** Unbinned width of a HiPERCAM CCD's imaging area. */
    public static final int NXTOT = 2048;
    /** Unbinned height of the imaging area. */
    public static final int NYTOT = 1024;
    /** Unbinned prescan columns added to each window when the prescan is on. */
    public static final int NPSCAN = 50;
    /** Unbinned overscan rows added to each window when the overscan is on. */
    public static final int NOSCAN = 8;
    /** Number of CCDs. */
    public static final int NCCD = 5;

    private final String name;
    private final ReadoutMode mode;
    private final boolean clear;
    private final boolean dummy;
    private final int ndwins;
    private final int xbin;
    private final int ybin;
    private final int nsamp;
    private final int[] nskips;
    private final boolean full;
    private final List<WindowSet> sets;
    private final int frameSize;
    /** Why frames cannot be decoded, or null: reported on decoding, as the reference does. */
    private final String frameProblem;
    private final TimingModel timing;
    private final HeaderItems items;

    private HcamReadout(Header h, String name, boolean full) {
        this.name = name;
        this.full = full;
        int bitpix = h.requireInt(HcamKeys.BITPIX, name);
        if (bitpix != 16) {
            throw new FormatException(name + ": BITPIX = " + bitpix + ", expected 16 for a raw HiPERCAM run");
        }
        // the data are always read as 16-bit words offset by 32768, but the reference reads
        // BSCALE and BZERO on opening and fails without them
        for (String key : new String[] {"BSCALE", "BZERO"}) {
            if (!h.has(key)) {
                throw new io.github.hipercam.MissingKeywordException(name, key);
            }
        }
        this.mode = ReadoutMode.of(h.requireString(HcamKeys.MODE, name), name);
        boolean drift = mode == ReadoutMode.DRIFT;
        this.ndwins = drift ? h.getInt(HcamKeys.DRIFT_NWINS, 0) : 0;
        this.clear = flag(h, HcamKeys.CLEAR);
        this.dummy = flag(h, HcamKeys.DUMMY);
        boolean oscan = flag(h, HcamKeys.OSCAN);
        boolean pscan = flag(h, HcamKeys.PSCAN);
        this.nskips = nskips(h);
        this.timing = TimingModel.of(h, name, clear, drift, ndwins);
        this.xbin = positive(h, HcamKeys.XBIN);
        this.ybin = positive(h, HcamKeys.YBIN);
        int npscan = pscan ? scan(HcamKeys.XBIN, xbin, NPSCAN, "prescan") : 0;
        int noscan = oscan ? scan(HcamKeys.YBIN, ybin, NOSCAN, "overscan") : 0;
        if (drift && pscan) {
            throw new FormatException(name + ": " + HcamKeys.PSCAN + " = T in drift mode; prescans are not"
                    + " defined in drift mode");
        }
        this.nsamp = h.getInt(HcamKeys.NSAMP, 4);
        boolean[] rotated = new boolean[NCCD];
        for (int i = 0; i < NCCD; i++) {
            rotated[i] = h.getBoolean(HcamKeys.rotate(i + 1), false);
        }
        List<WindowSet> layout;
        String impossible = null;
        try {
            layout = new WindowLayout(h, name, mode, xbin, ybin, npscan, noscan, rotated).sets();
        } catch (WindowLayout.Impossible e) {
            layout = List.of();
            impossible = e.getMessage();
        }
        this.sets = layout;
        this.frameSize = frameSize(h);
        this.frameProblem = impossible != null ? impossible : frameProblem();
        this.items = HeaderItems.of(h, name, full);
    }

    /**
     * Parses a run's primary header.
     *
     * @param header the header
     * @param name file or run name, used in every message
     * @param full true for the full headers, false for the minimal ones
     * @return the readout
     * @throws io.github.hipercam.MissingKeywordException if an essential keyword is absent
     * @throws FormatException for an unknown mode, binning that does not divide the
     *     scans, or a frame size inconsistent with the windows
     */
    public static HcamReadout parse(Header header, String name, boolean full) {
        return new HcamReadout(header, name, full);
    }

    private int[] nskips(Header h) {
        int[] out = new int[NCCD];
        for (int i = 0; i < NCCD; i++) {
            out[i] = h.requireInt(HcamKeys.nskip(i + 1), name);
            if (out[i] < 0) {
                throw new FormatException(name + ": " + HcamKeys.nskip(i + 1) + " = " + out[i]
                        + ", expected 0 or more");
            }
        }
        return out;
    }

    private boolean flag(Header h, String key) {
        Object v = h.get(key);
        if (v == null) {
            throw new io.github.hipercam.MissingKeywordException(name, key);
        }
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof Long l) {
            return l != 0;
        }
        throw new FormatException(name + ": keyword " + key + " = " + v + ", expected T or F");
    }

    private int positive(Header h, String key) {
        int v = h.requireInt(key, name);
        if (v < 1) {
            throw new FormatException(name + ": keyword " + key + " = " + v + ", expected 1 or more");
        }
        return v;
    }

    private int scan(String key, int bin, int size, String what) {
        if (size % bin != 0) {
            throw new FormatException(name + ": " + key + " = " + bin + " does not divide the " + size
                    + " unbinned " + what + " pixels; such binning with the " + what + " on is not supported");
        }
        return size / bin;
    }

    private int frameSize(Header h) {
        long words = frameWords(h);
        if (words < 1 || 2 * words > Integer.MAX_VALUE - 8) {
            throw new FormatException(name + ": NAXIS1 = " + words + " is not a possible frame size");
        }
        return (int) (2 * words);
    }

    private long frameWords(Header h) {
        if (h.has(HcamKeys.NAXIS1)) {
            return h.requireLong(HcamKeys.NAXIS1, name);
        }
        // a file server's header may lack the cube's axes; the reference then takes the
        // acquisition window, with NSAMP defaulting to 1 here (not 4) as the camera writes it
        return h.requireLong(HcamKeys.ACQ_NX, name) * h.requireLong(HcamKeys.ACQ_NY, name)
                / h.getInt(HcamKeys.NSAMP, 1) + FrameStamp.BYTES / 2;
    }

    /**
     * A frame layout the windows cannot be cut from. The reference only finds
     * out when it decodes a frame, so a run whose frames are never read (first
     * beyond the end) is not an error; the message is kept until then.
     */
    private String frameProblem() {
        long words = frameSize / 2;
        long pixels = 0;
        for (WindowSet s : sets) {
            pixels += s.words();
        }
        if (words - pixels < FrameStamp.BYTES / 2) {
            return name + ": NAXIS1 = " + words + " is inconsistent with the windows, which"
                    + " need " + pixels + " pixels plus " + FrameStamp.BYTES / 2 + " words of timing data";
        }
        if (nsamp != 4) {
            for (WindowSet s : sets) {
                if ((s.nx() * s.ny()) % 4 != 0) {
                    return name + ": NSAMP = " + nsamp + " interleaves pixels in fours, but"
                            + " window set " + (s.index() + 1) + " has " + s.nx() + "x" + s.ny() + " pixels";
                }
            }
        }
        return null;
    }

    /** @return false if the header's frame layout cannot be decoded (see {@link #requireDecodable}) */
    boolean decodable() {
        return frameProblem == null;
    }

    /**
     * @param number the frame about to be decoded, for the message
     * @throws FormatException if the header's frame layout cannot be decoded
     */
    void requireDecodable(int number) {
        if (frameProblem != null) {
            throw new FormatException(frameProblem + " (frame " + number + ")");
        }
    }

    /** @return file or run name */
    public String name() {
        return name;
    }

    /** @return readout mode */
    public ReadoutMode mode() {
        return mode;
    }

    /** @return true if the CCDs were cleared between exposures */
    public boolean clear() {
        return clear;
    }

    /** @return true if the dummy output was on */
    public boolean dummy() {
        return dummy;
    }

    /** @return windows in the drift pipeline (0 outside drift mode) */
    public int driftWindows() {
        return ndwins;
    }

    /** @return binning in x */
    public int xbin() {
        return xbin;
    }

    /** @return binning in y */
    public int ybin() {
        return ybin;
    }

    /** @return samples per pixel (4 if the header does not say) */
    public int nsamp() {
        return nsamp;
    }

    /**
     * @param ccd 0..4
     * @return NSKIP of that CCD: it is read out every NSKIP+1 frames
     */
    public int nskip(int ccd) {
        return nskips[ccd];
    }

    /** @return true for full headers */
    public boolean full() {
        return full;
    }

    /**
     * @return the window sets, in frame order; none if the header's windows
     *     are impossible, when every frame fails to decode ({@link #requireDecodable})
     */
    public List<WindowSet> sets() {
        return sets;
    }

    /** @return bytes in one frame, pixels and timing data */
    public int frameSize() {
        return frameSize;
    }

    /** @return the timing constants */
    public TimingModel timing() {
        return timing;
    }

    /** @return the header items copied into every frame */
    HeaderItems items() {
        return items;
    }
}
