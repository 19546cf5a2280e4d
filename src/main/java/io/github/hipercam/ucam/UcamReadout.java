package io.github.hipercam.ucam;

import io.github.hipercam.util.Numbers;
import io.github.hipercam.ucam.timing.UcamTimingSetup;
import io.github.hipercam.FormatException;
import io.github.hipercam.format.Readout;
import io.github.hipercam.model.RunSummary;
import io.github.hipercam.model.CcdPars;
import io.github.hipercam.model.Header;
import io.github.hipercam.model.Winhead;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything about an ULTRACAM or ULTRASPEC run that its XML file says,
 * parsed once (the reference's {@code Rhead}). Immutable; decoding a frame is
 * then a function of this and the frame's bytes (see {@link UcamDecoder}).
 *
 * <pre>{@code
 * UcamReadout r = UcamReadout.parse("run012", Files.readAllBytes(Path.of("run012.xml")));
 * }</pre>
 *
 * @param run the run as named by the caller (the RUN header item), e.g. "data/run012"
 * @param camera ULTRACAM or ULTRASPEC
 * @param mode readout mode
 * @param application the SDSU application
 * @param framesize bytes per frame, timing words included
 * @param headerwords 2-byte timing words at the start of each frame
 * @param xbin x binning
 * @param ybin y binning
 * @param windows the windows as the XML gives them (ULTRACAM: left, right
 *     pairs shared by the three CCDs), before any strip, flip or chop
 * @param version software version, -1 where the XML gives none
 * @param nblue blue-CCD co-add factor (1 for ULTRASPEC)
 * @param output ULTRASPEC output, "N" (normal) or "A" (avalanche), "" when absent
 *     or for ULTRACAM
 * @param header the run's header items (user block, instrument, mode, ...)
 * @param timing what the clock needs
 */
public record UcamReadout(String run, UcamCamera camera, UcamMode mode, String application,
        int framesize, int headerwords, int xbin, int ybin, List<Winhead> windows, int version,
        int nblue, String output, Header header, UcamTimingSetup timing) implements Readout {

    /** Version codes that the reference accepts for runs with 16 header words. */
    public static final List<Integer> VERSIONS_16 =
            List.of(100222, 111205, 120716, 120813, 130307, 130317, 130417, 140331);

    /** Checks the values. */
    public UcamReadout {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(camera, "camera");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(timing, "timing");
        windows = List.copyOf(windows);
        if (mode == UcamMode.PONOFF || windows.isEmpty()) {
            throw new FormatException(run + ": a readout needs windows; mode " + mode.label() + " has none");
        }
    }

    /**
     * Parses a run's XML.
     *
     * @param run the run's name, used for messages and the RUN header item
     * @param xml the XML document's bytes
     * @return the readout
     * @throws io.github.hipercam.FormatException naming the run and the item
     *     when the XML is unreadable, declares a DTD, lacks an item, names an
     *     unknown application, is a power on/off, or its framesize clashes
     *     with its windows
     */
    public static UcamReadout parse(String run, byte[] xml) {
        return of(run, UcamXml.parse(run + ".xml", xml));
    }

    /**
     * @param run the run's name
     * @param xml the parsed XML
     * @return the readout
     */
    public static UcamReadout of(String run, UcamXml xml) {
        return UcamReadoutParser.parse(run, xml);
    }

    @Override
    public int frameSize() {
        return framesize;
    }

    @Override
    public List<CcdPars> ccdPars() {
        return camera.ccdPars();
    }

    /**
     * Camera, mode, binning, windows, the exposure delay and the filters (the
     * user block's {@code filters}, one per CCD).
     */
    @Override
    public RunSummary summary() {
        List<RunSummary.Item> items = new ArrayList<>();
        items.add(new RunSummary.Item("Mode", mode.label() + " (" + application + ")"));
        items.add(new RunSummary.Item("Binning", xbin + " x " + ybin));
        StringBuilder w = new StringBuilder();
        for (Winhead g : windows) {
            w.append(w.length() == 0 ? "" : "; ").append(g.nx()).append(" x ").append(g.ny())
                    .append(" at (").append(g.llx()).append(", ").append(g.lly()).append(")");
        }
        items.add(new RunSummary.Item(camera == UcamCamera.ULTRACAM ? "Window pairs" : "Windows", w.toString()));
        Object delay = header.get("EXPDELAY");
        if (delay instanceof Number n) {
            items.add(new RunSummary.Item("Exposure delay", Numbers.duration(n.doubleValue())));
        }
        if (camera == UcamCamera.ULTRACAM && nblue > 1) {
            items.add(new RunSummary.Item("Blue co-adds", Integer.toString(nblue)));
        }
        items.add(new RunSummary.Item("Frame size", framesize + " bytes"));
        return new RunSummary(camera == UcamCamera.ULTRACAM ? "ULTRACAM" : "ULTRASPEC", items,
                RunSummary.filtersOf(header.get("FILTERS"), nccd()));
    }

    /** @return bytes of timing words at the start of each frame */
    public int timingBytes() {
        return 2 * headerwords;
    }

    /** @return number of CCDs: 3 for ULTRACAM, 1 for ULTRASPEC */
    public int nccd() {
        return camera.labels().size();
    }

    /**
     * @param xml an ULTRASPEC run's XML
     * @return "N" or "A" from the OUTPUT parameter, "" if it is absent
     */
    static String output(UcamXml xml) {
        if (!xml.has("OUTPUT")) {
            return "";
        }
        return "0".equals(xml.params().get("OUTPUT")) ? "N" : "A";
    }
}
