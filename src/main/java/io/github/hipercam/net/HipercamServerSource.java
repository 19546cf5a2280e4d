package io.github.hipercam.net;

import io.github.hipercam.source.ByteSource;
import io.github.hipercam.source.ByteSourceProvider;
import io.github.hipercam.spi.Layout;
import io.github.hipercam.spool.SpoolOptions;
import java.util.Set;

/**
 * The HiPERCAM WebSocket file server (byte source {@code hipercam-server},
 * source {@code hs}): FITS cubes, read through {@link HcamServerBytes}. The
 * server's address comes from the options or {@code HIPERCAM_DEFAULT_URL}.
 */
public final class HipercamServerSource implements ByteSourceProvider {

    /** Public no-argument constructor, for the service loader. */
    public HipercamServerSource() {
        // stateless
    }

    @Override
    public String name() {
        return "hipercam-server";
    }

    @Override
    public boolean local() {
        return false;
    }

    @Override
    public Set<Layout> layouts() {
        return Set.of(Layout.FITS_CUBE);
    }

    @Override
    public ByteSource open(String resource, Layout layout, SpoolOptions options) {
        return HcamServerBytes.open(resource, options);
    }
}
