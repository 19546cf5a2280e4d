package io.github.hipercam.ucam.timing;

import java.util.List;
import java.util.Objects;

/**
 * What the timing of an ULTRACAM or ULTRASPEC run depends on, taken from its
 * XML once. The names follow the reference's {@code Rhead} attributes.
 *
 * @param run run name, for messages (e.g. "run012")
 * @param instrument "ULTRACAM" or "ULTRASPEC"
 * @param mode readout mode, e.g. "FFCLR", "2-PAIR", "USPEC-1", "UDRIFT"
 * @param version software version number, -1 where the XML has none
 * @param whichRun "MAY2002" for the runs of that era, otherwise ""
 * @param exposeTime exposure delay from the XML, in timeUnits
 * @param timeUnits seconds per unit of exposeTime (0.001 or 0.0001)
 * @param nblue ULTRACAM blue-CCD co-add factor, 1 otherwise
 * @param enClr ULTRASPEC clear enabled
 * @param gainSpeed ULTRACAM readout speed code ("cdd", "fbb", "fdd"), or
 *     the ULTRASPEC speed name, as the reference keeps it
 * @param vFtClk vertical frame-transfer clock setting
 * @param xbin x binning
 * @param ybin y binning
 * @param windows the readout windows as the XML lists them (for ULTRACAM
 *     the left/right pairs, left first), before any split into CCDs
 */
public record UcamTimingSetup(String run, String instrument, String mode, int version,
        String whichRun, double exposeTime, double timeUnits, int nblue, boolean enClr,
        String gainSpeed, int vFtClk, int xbin, int ybin, List<Win> windows) {

    /** Copies the window list and rejects nulls. */
    public UcamTimingSetup {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(whichRun, "whichRun");
        Objects.requireNonNull(gainSpeed, "gainSpeed");
        windows = List.copyOf(windows);
    }

    /**
     * One readout window as the timing sees it.
     *
     * @param llx lower-left x, unbinned, 1-based
     * @param lly lower-left y, unbinned, 1-based
     * @param nx binned width
     * @param ny binned height
     */
    public record Win(int llx, int lly, int nx, int ny) {
    }
}
