package io.github.hipercam.source;

import io.github.hipercam.spi.Layout;
import io.github.hipercam.spool.SpoolOptions;
import java.util.Set;

/**
 * Opens the bytes of runs: the service a new place to read runs from
 * implements. Register an implementation with {@link java.util.ServiceLoader}
 * under {@code META-INF/services/io.github.hipercam.source.ByteSourceProvider};
 * it is then usable with every format whose layout it delivers, as source
 * {@code FORMAT:NAME} (for example {@code hipercam:memory}), and as
 * {@code FORMAT:local} or {@code FORMAT:server} when it is the first of its
 * kind for that layout.
 *
 * <p>The built-in providers are {@code file} (local files of both layouts),
 * {@code hipercam-server} (the HiPERCAM WebSocket server, FITS cubes) and
 * {@code ultracam-server} (the ULTRACAM ATC HTTP server, XML + DAT runs).
 */
public interface ByteSourceProvider {

    /** @return the provider's name as used in source codes, e.g. "file" */
    String name();

    /**
     * @return true if it reads from this machine's disk, where a run read
     *     from {@code first >= 1} ends at the current end of the file, as
     *     the reference's disk spools do; false for servers, which are
     *     always followed
     */
    boolean local();

    /** @return the layouts it can deliver */
    Set<Layout> layouts();

    /**
     * Opens one run.
     *
     * @param resource the run as the user named it, e.g. {@code run0012} or
     *     {@code night1/run0012}
     * @param layout how the run is laid out (one of {@link #layouts()})
     * @param options server address, timeout, whether a growing file is followed
     * @return the run's bytes, owned by the caller
     * @throws io.github.hipercam.SourceAccessException if the run cannot be reached
     */
    ByteSource open(String resource, Layout layout, SpoolOptions options);
}
