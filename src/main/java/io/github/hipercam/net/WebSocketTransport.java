package io.github.hipercam.net;

import io.github.hipercam.hcam.HcamServerTransport;
import io.github.hipercam.spool.RunBytes;
import io.github.hipercam.spool.SpoolOptions;

/**
 * The HiPERCAM file-server transport that {@link io.github.hipercam.hcam.HipercamInstrument}
 * uses for source {@code hs}, registered with {@link java.util.ServiceLoader}.
 */
public final class WebSocketTransport implements HcamServerTransport {

    /** Public no-argument constructor, for the service loader. */
    public WebSocketTransport() {
        // stateless
    }

    @Override
    public RunBytes open(String resource, SpoolOptions options) {
        return HcamServerBytes.open(resource, options);
    }
}
