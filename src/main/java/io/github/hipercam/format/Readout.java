package io.github.hipercam.format;

import io.github.hipercam.model.CcdPars;
import io.github.hipercam.model.RunSummary;
import java.util.List;

/**
 * What a format learns from a run's header, once, before any frame is read:
 * at least the size of a frame and the CCDs. Implementations are immutable
 * records of the readout (windows, binning, flips, timing constants), so that
 * decoding a frame is a function of the readout and the frame's bytes.
 */
public interface Readout {

    /** @return bytes in one frame, timing data included */
    int frameSize();

    /** @return the reference's {@code get_ccd_pars}: label, maximum sizes and padding of each CCD */
    List<CcdPars> ccdPars();

    /**
     * @return what a person wants to know before reading the frames: mode,
     *     binning, windows, exposure, filters. The default names the frame size only.
     */
    default RunSummary summary() {
        return new RunSummary("unknown instrument", List.of(new RunSummary.Item("Frame size",
                frameSize() + " bytes")), List.of());
    }
}
