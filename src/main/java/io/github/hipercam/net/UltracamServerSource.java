package io.github.hipercam.net;

import io.github.hipercam.source.ByteSource;
import io.github.hipercam.source.ByteSourceProvider;
import io.github.hipercam.spi.Layout;
import io.github.hipercam.spool.SpoolOptions;
import java.util.Set;

/**
 * The ULTRACAM/ULTRASPEC ATC HTTP file server (byte source
 * {@code ultracam-server}, source {@code us}): XML + DAT runs, read through
 * {@link UcamServerBytes}. The server's address comes from the options or
 * {@code ULTRACAM_DEFAULT_URL}.
 */
public final class UltracamServerSource implements ByteSourceProvider {

    /** Public no-argument constructor, for the service loader. */
    public UltracamServerSource() {
        // stateless
    }

    @Override
    public String name() {
        return "ultracam-server";
    }

    @Override
    public boolean local() {
        return false;
    }

    @Override
    public Set<Layout> layouts() {
        return Set.of(Layout.XML_DAT);
    }

    @Override
    public ByteSource open(String resource, Layout layout, SpoolOptions options) {
        boolean ext = resource.endsWith(".xml") || resource.endsWith(".dat");
        return UcamServerBytes.open(ext ? resource.substring(0, resource.length() - 4) : resource, options);
    }
}
