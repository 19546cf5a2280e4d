package io.github.hipercam.hcam;

import io.github.hipercam.FormatException;
import io.github.hipercam.MissingKeywordException;
import io.github.hipercam.model.Header;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parses a raw HiPERCAM run's primary header into its {@link HcamReadout},
 * step by step: the data type, the mode and flags, binning and scans, the
 * window layout, the frame size, and whether frames of that layout can be
 * decoded at all (the reference only finds out when it decodes one).
 */
final class HcamReadoutParser {

    private final Header h;
    private final String name;

    private HcamReadoutParser(Header h, String name) {
        this.h = h;
        this.name = name;
    }

    static HcamReadout parse(Header h, String name, boolean full) {
        return new HcamReadoutParser(h, name).readout(full);
    }

    private HcamReadout readout(boolean full) {
        checkData();
        ReadoutMode mode = ReadoutMode.of(h.requireString(HcamKey.MODE.item(), name), name);
        boolean drift = mode == ReadoutMode.DRIFT;
        int ndwins = drift ? h.getInt(HcamKey.DRIFT_NWINS.item(), 0) : 0;
        boolean clear = flag(HcamKey.CLEAR);
        boolean dummy = flag(HcamKey.DUMMY);
        boolean oscan = flag(HcamKey.OSCAN);
        boolean pscan = flag(HcamKey.PSCAN);
        List<Integer> nskips = nskips();
        TimingModel timing = TimingModel.of(h, name, clear, drift, ndwins);
        int xbin = positive(HcamKey.XBIN);
        int ybin = positive(HcamKey.YBIN);
        int npscan = pscan ? scan(HcamKey.XBIN, xbin, HcamReadout.NPSCAN, "prescan") : 0;
        int noscan = oscan ? scan(HcamKey.YBIN, ybin, HcamReadout.NOSCAN, "overscan") : 0;
        if (drift && pscan) {
            throw new FormatException(name + ": " + HcamKey.PSCAN.item() + " = T in drift mode; prescans are not"
                    + " defined in drift mode");
        }
        int nsamp = h.getInt(HcamKey.NSAMP.item(), 4);
        List<WindowSet> sets;
        Optional<String> problem = Optional.empty();
        try {
            sets = new WindowLayout(h, name, mode, xbin, ybin, npscan, noscan, rotated()).sets();
        } catch (WindowLayout.Impossible e) {
            sets = List.of();
            problem = Optional.of(e.getMessage());
        }
        int frameSize = frameSize();
        if (problem.isEmpty()) {
            problem = frameProblem(sets, frameSize, nsamp);
        }
        return new HcamReadout(name, mode, clear, dummy, ndwins, xbin, ybin, nsamp, nskips, full, sets,
                frameSize, problem, timing, HeaderItems.of(h, name, full));
    }

    /** 16-bit data; BSCALE and BZERO present, as the reference reads them on opening. */
    private void checkData() {
        int bitpix = h.requireInt(HcamKey.BITPIX.item(), name);
        if (bitpix != 16) {
            throw new FormatException(name + ": BITPIX = " + bitpix + ", expected 16 for a raw HiPERCAM run");
        }
        for (HcamKey key : new HcamKey[] {HcamKey.BSCALE, HcamKey.BZERO}) {
            if (!h.has(key.item())) {
                throw new MissingKeywordException(name, key.item());
            }
        }
    }

    private List<Integer> nskips() {
        List<Integer> out = new ArrayList<>();
        for (int i = 1; i <= HcamReadout.NCCD; i++) {
            int n = h.requireInt(HcamKey.NSKIPS.item(i), name);
            if (n < 0) {
                throw new FormatException(name + ": " + HcamKey.NSKIPS.item(i) + " = " + n + ", expected 0 or more");
            }
            out.add(n);
        }
        return out;
    }

    private boolean[] rotated() {
        boolean[] out = new boolean[HcamReadout.NCCD];
        for (int i = 0; i < out.length; i++) {
            out[i] = h.getBoolean(HcamKey.ROTATE.item(i + 1), false);
        }
        return out;
    }

    private boolean flag(HcamKey key) {
        Object v = h.get(key.item());
        if (v == null) {
            throw new MissingKeywordException(name, key.item());
        }
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof Long l) {
            return l != 0;
        }
        throw new FormatException(name + ": keyword " + key.item() + " = " + v + ", expected T or F");
    }

    private int positive(HcamKey key) {
        int v = h.requireInt(key.item(), name);
        if (v < 1) {
            throw new FormatException(name + ": keyword " + key.item() + " = " + v + ", expected 1 or more");
        }
        return v;
    }

    private int scan(HcamKey key, int bin, int size, String what) {
        if (size % bin != 0) {
            throw new FormatException(name + ": " + key.item() + " = " + bin + " does not divide the " + size
                    + " unbinned " + what + " pixels; such binning with the " + what + " on is not supported");
        }
        return size / bin;
    }

    private int frameSize() {
        long words = frameWords();
        if (words < 1 || 2 * words > Integer.MAX_VALUE - 8) {
            throw new FormatException(name + ": NAXIS1 = " + words + " is not a possible frame size");
        }
        return (int) (2 * words);
    }

    private long frameWords() {
        if (h.has(HcamKey.NAXIS1.item())) {
            return h.requireLong(HcamKey.NAXIS1.item(), name);
        }
        // a file server's header may lack the cube's axes; the reference then takes the
        // acquisition window, with NSAMP defaulting to 1 here (not 4) as the camera writes it
        int nsamp = h.getInt(HcamKey.NSAMP.item(), 1);
        if (nsamp < 1) {
            throw new FormatException(name + ": " + HcamKey.NSAMP.item() + " = " + nsamp
                    + " and no NAXIS1: the frame size cannot be worked out");
        }
        return h.requireLong(HcamKey.ACQ_NX.item(), name) * h.requireLong(HcamKey.ACQ_NY.item(), name)
                / nsamp + FrameStamp.BYTES / 2;
    }

    /** A frame layout the windows cannot be cut from, kept until a frame is decoded. */
    private Optional<String> frameProblem(List<WindowSet> sets, int frameSize, int nsamp) {
        long words = frameSize / 2;
        long pixels = 0;
        for (WindowSet s : sets) {
            pixels += s.words();
        }
        if (words - pixels < FrameStamp.BYTES / 2) {
            return Optional.of(name + ": NAXIS1 = " + words + " is inconsistent with the windows, which"
                    + " need " + pixels + " pixels plus " + FrameStamp.BYTES / 2 + " words of timing data");
        }
        if (nsamp != 4) {
            for (WindowSet s : sets) {
                if ((s.nx() * s.ny()) % 4 != 0) {
                    return Optional.of(name + ": NSAMP = " + nsamp + " interleaves pixels in fours, but"
                            + " window set " + (s.index() + 1) + " has " + s.nx() + "x" + s.ny() + " pixels");
                }
            }
        }
        return Optional.empty();
    }
}
