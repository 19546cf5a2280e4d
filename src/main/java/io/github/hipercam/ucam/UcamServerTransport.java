package io.github.hipercam.ucam;

import io.github.hipercam.spool.RunBytes;
import io.github.hipercam.spool.SpoolOptions;

/**
 * Opens the bytes of an ULTRACAM or ULTRASPEC run on the ATC file server
 * (source {@code us}). The network adapter provides one implementation,
 * registered with {@link java.util.ServiceLoader} under
 * {@code META-INF/services/io.github.hipercam.ucam.UcamServerTransport};
 * {@link UltracamInstrument} and {@link UltraspecInstrument} use the first
 * one found.
 */
public interface UcamServerTransport {

    /**
     * @param run the run, e.g. {@code run012} or {@code 2005-11-30/run012}
     * @param options server URL and timeout
     * @return the run's bytes: its XML as the header, frames by number
     */
    RunBytes open(String run, SpoolOptions options);
}
