package io.github.hipercam.imagej.commands;

import io.github.hipercam.imagej.views.FileOpener;
import io.github.hipercam.imagej.views.OpenRun;
import io.github.hipercam.run.FileKinds;
import io.github.hipercam.HipercamException;
import ij.ImagePlus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.scijava.io.AbstractIOPlugin;
import org.scijava.io.location.FileLocation;
import org.scijava.io.location.Location;

/**
 * Fiji's File &gt; Open and drag and drop for {@code .hcm} files and raw
 * HiPERCAM runs. SciJava finds it through its guard,
 * {@code io.github.hipercam.imagej.guard.HcmIOPluginGuard} (compiled for
 * Java 8, marked {@code eager}, so Fiji's legacy opener asks it before
 * ImageJ 1.x's own FITS reader, which cannot read them), and the guard asks
 * this class on Java 17 or later. It claims a file only when
 * {@link FileKinds} recognises its first header: an ordinary FITS file is
 * left to ImageJ.
 *
 * <p>It opens the file as one ImageJ 1.x image: all CCDs as a hyperstack
 * when they share a geometry, else the first CCD (and, when Fiji's opener
 * called it, every CCD is shown).
 */
public final class HcmIOPlugin extends AbstractIOPlugin<Object> {

    /** The Fiji class that asks eager plugins during File &gt; Open and shows what they return. */
    private static final String LEGACY_OPENER = "net.imagej.legacy.plugin.DefaultLegacyOpener";

    @Override
    public Class<Object> getDataType() {
        return Object.class;
    }

    @Override
    public boolean supportsOpen(Location source) {
        return source instanceof FileLocation file && FileKinds.of(file.getFile().toPath()).isOurs();
    }

    @Override
    public boolean supportsSave(Location destination) {
        return false;
    }

    @Override
    public Object open(Location source) throws IOException {
        if (!(source instanceof FileLocation file)) {
            throw new IOException(source + ": only local files can be opened here");
        }
        Path path = file.getFile().toPath();
        try {
            List<ImagePlus> images = FileOpener.open(path, true, OpenRun.Settings.defaults());
            if (calledByFijiOpener()) {
                Commands.show(images.subList(1, images.size()));
                Commands.show(images.subList(0, 1));
            }
            return images.get(0);
        } catch (HipercamException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static boolean calledByFijiOpener() {
        return StackWalker.getInstance().walk(s -> s.anyMatch(f -> f.getClassName().equals(LEGACY_OPENER)));
    }
}
