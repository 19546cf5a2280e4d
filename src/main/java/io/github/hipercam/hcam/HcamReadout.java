package io.github.hipercam.hcam;

import io.github.hipercam.util.Numbers;
import io.github.hipercam.FormatException;
import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.fits.FitsHeaders;
import io.github.hipercam.format.Readout;
import io.github.hipercam.model.RunSummary;
import io.github.hipercam.model.CcdPars;
import io.github.hipercam.model.Header;
import io.github.hipercam.model.Winhead;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything needed to decode the frames of one raw HiPERCAM run, parsed
 * once from its primary FITS header ({@link HcamReadoutParser}) and never
 * changed: readout mode, window sets and their geometry, pixel order (NSAMP),
 * flips, scans, frame size, timing constants and the header items every
 * frame carries. Decoding a frame ({@link HcamDecoder#decode}) is a pure
 * function of a readout and the frame's bytes.
 *
 * <pre>{@code
 * HcamReadout r = HcamReadout.parse(headerBytes, "run0012.fits", true);
 * }</pre>
 *
 * @param name file or run name, used in every message
 * @param mode readout mode
 * @param clear true if the CCDs were cleared between exposures
 * @param dummy true if the dummy output was on
 * @param driftWindows windows in the drift pipeline (0 outside drift mode)
 * @param xbin binning in x
 * @param ybin binning in y
 * @param nsamp samples per pixel (4 if the header does not say)
 * @param nskips NSKIP of each CCD: it is read out every NSKIP+1 frames
 * @param full true for the full headers, false for the reference's minimal ones
 * @param sets the window sets, in frame order; none if the header's windows are impossible
 * @param frameSize bytes in one frame, pixels and timing data
 * @param frameProblem why frames of this layout cannot be decoded, if they cannot:
 *     reported when a frame is decoded, as the reference does, so that a run
 *     whose frames are never read (first beyond the end) is not an error
 * @param timing the timing constants
 * @param items the header items copied into every frame
 */
public record HcamReadout(String name, ReadoutMode mode, boolean clear, boolean dummy, int driftWindows, int xbin,
        int ybin, int nsamp, List<Integer> nskips, boolean full, List<WindowSet> sets, int frameSize,
        Optional<String> frameProblem, TimingModel timing, HeaderItems items) implements Readout {

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
    /** The reference's {@code get_ccd_pars}, the same for every run: (label, 2048, 1024, 50, 8). */
    public static final List<CcdPars> CCD_PARS = ccdParsOfAll();

    /** Checks the values and copies the lists. */
    public HcamReadout {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(frameProblem, "frameProblem");
        Objects.requireNonNull(timing, "timing");
        Objects.requireNonNull(items, "items");
        nskips = List.copyOf(nskips);
        sets = List.copyOf(sets);
        if (nskips.size() != NCCD || xbin < 1 || ybin < 1 || frameSize < 1) {
            throw new InvalidArgumentException(name + ": a readout needs " + NCCD + " NSKIPs, binning of 1 or more"
                    + " and a positive frame size; got " + nskips + ", " + xbin + "x" + ybin + ", " + frameSize);
        }
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
     *     scans, or an impossible frame size
     */
    public static HcamReadout parse(Header header, String name, boolean full) {
        return HcamReadoutParser.parse(header, name, full);
    }

    /**
     * Parses a run's primary header as stored (FITS cards).
     *
     * @param cards the header bytes
     * @param name file or run name, used in every message
     * @param full true for the full headers, false for the minimal ones
     * @return the readout
     */
    public static HcamReadout parse(byte[] cards, String name, boolean full) {
        return parse(FitsHeaders.parse(cards, name), name, full);
    }

    private static List<CcdPars> ccdParsOfAll() {
        List<CcdPars> out = new ArrayList<>();
        for (int i = 1; i <= NCCD; i++) {
            out.add(new CcdPars(Integer.toString(i), NXTOT, NYTOT, NPSCAN, NOSCAN));
        }
        return List.copyOf(out);
    }

    @Override
    public List<CcdPars> ccdPars() {
        return CCD_PARS;
    }

    /**
     * Mode, binning, windows (binned size of the first CCD's image windows),
     * prescan and overscan, NSAMP, NSKIPs, exposure (of the first frame of CCD
     * 1, from the timing constants) and the filters ({@code FILTERS}, one per CCD).
     */
    @Override
    public RunSummary summary() {
        List<RunSummary.Item> items = new ArrayList<>();
        items.add(new RunSummary.Item("Mode", mode.label() + (clear ? ", clear" : "")
                + (mode == ReadoutMode.DRIFT ? ", " + driftWindows + " windows in the pipeline" : "")));
        items.add(new RunSummary.Item("Binning", xbin + " x " + ybin));
        items.add(new RunSummary.Item("Windows", windowsText()));
        items.add(new RunSummary.Item("Samples", "NSAMP " + nsamp + ", NSKIP " + nskips.stream()
                .map(String::valueOf).reduce((a, b) -> a + "," + b).orElse("")));
        items.add(new RunSummary.Item("Exposure", Numbers.duration(timing.at(1, nskips.get(0)).exptime())
                + " (CCD 1)"));
        items.add(new RunSummary.Item("Frame size", frameSize + " bytes"));
        Object filters = items().top().get("FILTERS");
        return new RunSummary("HiPERCAM", items, RunSummary.filtersOf(filters, NCCD));
    }

    private String windowsText() {
        if (sets.isEmpty()) {
            return "none that can be decoded";
        }
        StringBuilder b = new StringBuilder();
        for (WindowSet s : sets) {
            Winhead g = s.raw().get(0).pieces().get(0).geometry();
            b.append(b.length() == 0 ? "" : "; ").append(sets.size() > 1 ? "set " + (s.index() + 1) + ": " : "")
                    .append("4 per CCD of ").append(g.nx()).append(" x ").append(g.ny()).append(" binned");
        }
        return b.toString();
    }

    /**
     * @param ccd 0..4
     * @return NSKIP of that CCD
     */
    public int nskip(int ccd) {
        return nskips.get(ccd);
    }

    /** @return false if the header's frame layout cannot be decoded (see {@link #requireDecodable}) */
    boolean decodable() {
        return frameProblem.isEmpty();
    }

    /**
     * @param number the frame about to be decoded, for the message
     * @throws FormatException if the header's frame layout cannot be decoded
     */
    void requireDecodable(int number) {
        if (frameProblem.isPresent()) {
            throw new FormatException(frameProblem.get() + " (frame " + number + ")");
        }
    }
}
