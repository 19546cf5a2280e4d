package io.github.hipercam.archfixture.bytes;

import io.github.hipercam.hcam.HcamReadout;

/** A deliberately bad byte source: it knows the HiPERCAM format. */
public final class ByteSourceDecoding {

    private ByteSourceDecoding() {
    }

    /** @return a fact of the format */
    public static int width() {
        return HcamReadout.CCD_PARS.size();
    }
}
