package io.github.hipercam.bytes;

import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.source.ByteSource;
import io.github.hipercam.source.ByteSourceProvider;
import io.github.hipercam.spi.Layout;
import io.github.hipercam.spool.SpoolOptions;
import java.nio.file.Path;
import java.util.Set;

/**
 * Runs on this machine's disk (byte source {@code file}): a FITS cube is
 * {@code RESOURCE.fits} ({@code .fits} added when missing), an XML + DAT run
 * is {@code RESOURCE.xml} and {@code RESOURCE.dat} (a trailing {@code .xml}
 * or {@code .dat} is dropped first).
 */
public final class LocalFiles implements ByteSourceProvider {

    /** The provider's name in source codes. */
    public static final String NAME = "file";

    /** Public no-argument constructor, for the service loader. */
    public LocalFiles() {
        // stateless
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean local() {
        return true;
    }

    @Override
    public Set<Layout> layouts() {
        return Set.of(Layout.FITS_CUBE, Layout.XML_DAT);
    }

    @Override
    public ByteSource open(String resource, Layout layout, SpoolOptions options) {
        if (Layout.FITS_CUBE.equals(layout)) {
            return FitsCubeFile.open(fitsFile(resource).toString(), options.root());
        }
        if (Layout.XML_DAT.equals(layout)) {
            return XmlDatFiles.open(runName(resource), options.root());
        }
        throw new InvalidArgumentException(resource + ": local files do not deliver layout " + layout);
    }

    /**
     * @param resource a run name, with or without {@code .fits}
     * @return the run's file
     */
    public static Path fitsFile(String resource) {
        return Path.of(resource.endsWith(".fits") ? resource : resource + ".fits");
    }

    /**
     * @param resource a run, with or without ".xml" or ".dat"
     * @return the run without the extension
     */
    public static String runName(String resource) {
        if (resource.endsWith(".xml") || resource.endsWith(".dat")) {
            return resource.substring(0, resource.length() - 4);
        }
        return resource;
    }
}
