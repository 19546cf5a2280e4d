package io.github.hipercam.imagej.commands;

import io.github.hipercam.imagej.views.CcdRenderer;
import io.github.hipercam.imagej.views.FileOpener;
import io.github.hipercam.imagej.views.OpenRun;
import io.github.hipercam.HipercamException;
import io.github.hipercam.InvalidArgumentException;
import ij.ImagePlus;
import ij.plugin.PlugIn;
import java.nio.file.Path;
import java.util.List;

/**
 * Plugins &gt; HiPERCAM &gt; Open .hcm… (also File &gt; Import &gt; HiPERCAM
 * .hcm…): opens one {@code .hcm} file (or a raw HiPERCAM run file) as an
 * image per CCD, or as a hyperstack, with the same canvas rules as the run
 * stacks. Plain ImageJ's File &gt; Open sends every file that starts with
 * {@code SIMPLE} to its own FITS reader, which cannot read {@code .hcm}; this
 * command is the way in there.
 *
 * <pre>
 * run("Open .hcm...", "file=[/data/run0012_0001.hcm] hyperstack");
 * </pre>
 */
public final class OpenHcmCommand implements PlugIn {

    /** The command's label. */
    static final String TITLE = "Open .hcm...";

    /**
     * @param arg a file to open without a dialog (as the drop box passes), or empty
     */
    @Override
    public void run(String arg) {
        try {
            List<ImagePlus> images = arg != null && !arg.isBlank()
                    ? FileOpener.open(Path.of(arg.strip()), false, OpenRun.Settings.defaults())
                    : ask();
            if (images != null) {
                Commands.show(images);
            }
        } catch (HipercamException e) {
            Commands.fail(TITLE, e);
        }
    }

    private static List<ImagePlus> ask() {
        Fields f = Fields.create(TITLE);
        f.file("File", "");
        f.checkbox("Hyperstack (all CCDs as channels)", false);
        f.checkbox("Zero gaps (else NaN)", false);
        f.checkbox("FITS row order (not flipped)", false);
        if (!f.show()) {
            return null;
        }
        String file = f.nextString().strip();
        if (file.isEmpty()) {
            throw new InvalidArgumentException(TITLE + ": no file given");
        }
        boolean hyper = f.nextBoolean();
        CcdRenderer.Options render = new CcdRenderer.Options(!f.nextBoolean(), !f.nextBoolean());
        return FileOpener.open(Path.of(file), hyper, OpenRun.Settings.defaults().withRender(render));
    }
}
