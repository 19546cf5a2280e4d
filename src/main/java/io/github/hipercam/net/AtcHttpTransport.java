package io.github.hipercam.net;

import io.github.hipercam.spool.RunBytes;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.ucam.UcamServerTransport;

/**
 * The ULTRACAM/ULTRASPEC ATC file-server transport that the {@code ultracam}
 * and {@code ultraspec} instruments use for source {@code us}, registered
 * with {@link java.util.ServiceLoader}.
 */
public final class AtcHttpTransport implements UcamServerTransport {

    /** Public no-argument constructor, for the service loader. */
    public AtcHttpTransport() {
        // stateless
    }

    @Override
    public RunBytes open(String run, SpoolOptions options) {
        return UcamServerBytes.open(run, options);
    }
}
