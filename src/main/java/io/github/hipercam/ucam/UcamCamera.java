package io.github.hipercam.ucam;

import io.github.hipercam.FormatException;
import io.github.hipercam.model.CcdPars;
import java.util.List;

/** The two cameras whose runs this package reads, with their CCD sizes. */
public enum UcamCamera {
    /** Three CCDs (red, green, blue), 1080 x 1032 with overscan, padded 56 x 8 for display. */
    ULTRACAM(List.of("1", "2", "3"), 1080, 1032, 56, 8),
    /** One CCD, 1056 x 1072. */
    ULTRASPEC(List.of("1"), 1056, 1072, 0, 0);

    private final List<String> labels;
    private final int nxmax;
    private final int nymax;
    private final int nxpad;
    private final int nypad;

    UcamCamera(List<String> labels, int nxmax, int nymax, int nxpad, int nypad) {
        this.labels = labels;
        this.nxmax = nxmax;
        this.nymax = nymax;
        this.nxpad = nxpad;
        this.nypad = nypad;
    }

    /**
     * @param xml a run's XML
     * @return the camera its instrument name gives
     * @throws FormatException if the name is neither ULTRACAM nor ULTRASPEC
     */
    public static UcamCamera of(UcamXml xml) {
        return switch (xml.instrument()) {
            case "ULTRACAM" -> ULTRACAM;
            case "ULTRASPEC" -> ULTRASPEC;
            default -> throw new FormatException(xml.where() + ": instrument = '" + xml.instrument()
                    + "', expected ULTRACAM or ULTRASPEC");
        };
    }

    /** @return the CCD labels in order */
    public List<String> labels() {
        return labels;
    }

    /** @return unbinned width, overscan included (the nxtot of each CCD) */
    public int nxmax() {
        return nxmax;
    }

    /** @return unbinned height (the nytot of each CCD) */
    public int nymax() {
        return nymax;
    }

    /** @return the reference's {@code get_ccd_pars} for this camera */
    public List<CcdPars> ccdPars() {
        return labels.stream().map(l -> new CcdPars(l, nxmax, nymax, nxpad, nypad)).toList();
    }
}
