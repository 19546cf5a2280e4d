package io.github.hipercam.hcam;

import io.github.hipercam.fits.FitsHeaders;
import io.github.hipercam.format.Decoding;
import io.github.hipercam.format.FrameAccess;
import io.github.hipercam.format.RawHeader;
import io.github.hipercam.format.RunFormat;
import io.github.hipercam.model.CcdPars;
import io.github.hipercam.spi.Layout;
import io.github.hipercam.spool.SpoolOptions;
import java.util.List;
import java.util.function.Supplier;

/**
 * HiPERCAM raw runs (format {@code hipercam}; sources {@code hl} and
 * {@code hs}): five 2048x1024 CCDs, read from a FITS cube whose primary
 * header describes the readout.
 */
public final class HipercamFormat implements RunFormat<HcamReadout> {

    /** Name used in source codes. */
    public static final String NAME = "hipercam";

    /** Public no-argument constructor, for the service loader. */
    public HipercamFormat() {
        // stateless
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Layout layout() {
        return Layout.FITS_CUBE;
    }

    /** A FITS header with the HiPERCAM readout-mode keyword. */
    @Override
    public boolean recognises(byte[] start) {
        return FitsHeaders.isFits(start) && FitsHeaders.string(start, HcamKey.MODE.item()).isPresent();
    }

    @Override
    public HcamReadout parse(RawHeader header, SpoolOptions options) {
        return HcamReadout.parse(FitsHeaders.parse(header.bytes(), header.name()), header.name(), options.full());
    }

    @Override
    public Decoding decoding(HcamReadout readout, FrameAccess frames) {
        return new HcamDecoding(readout, frames);
    }

    /** The same for every run, read or not: (label, 2048, 1024, 50, 8) for CCDs 1 to 5. */
    @Override
    public List<CcdPars> ccdPars(Supplier<RawHeader> header, SpoolOptions options) {
        return HcamReadout.CCD_PARS;
    }
}
