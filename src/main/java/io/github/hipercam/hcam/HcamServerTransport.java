package io.github.hipercam.hcam;

import io.github.hipercam.spool.RunBytes;
import io.github.hipercam.spool.SpoolOptions;

/**
 * Opens the bytes of a HiPERCAM run on a file server (source {@code hs}).
 * The network adapter provides one implementation, registered with
 * {@link java.util.ServiceLoader} under
 * {@code META-INF/services/io.github.hipercam.hcam.HcamServerTransport};
 * {@link HipercamInstrument} uses the first one found.
 */
public interface HcamServerTransport {

    /**
     * @param resource the run, e.g. {@code run0012} or {@code 2018-05-18/run0012}
     * @param options server URL and timeout
     * @return the run's bytes: header as the server sends it, frames by number
     */
    RunBytes open(String resource, SpoolOptions options);
}
