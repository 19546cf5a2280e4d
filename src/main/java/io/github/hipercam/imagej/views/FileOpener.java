package io.github.hipercam.imagej.views;

import io.github.hipercam.FormatException;
import io.github.hipercam.run.FileKinds;
import io.github.hipercam.run.Runs;
import io.github.hipercam.spool.SpoolOptions;
import ij.ImagePlus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Opens one file the way File &gt; Open would: an {@code .hcm} as a run of one
 * frame, a raw HiPERCAM {@code .fits} as a run (source {@code hl}), as one
 * image per CCD or as a hyperstack. Used by Open .hcm…, the drop box and the
 * SciJava I/O plugin.
 */
public final class FileOpener {

    private FileOpener() {
    }

    /**
     * @param path the file
     * @param hyperstack true for all CCDs in one hyperstack (when their geometry allows)
     * @param settings drawing options and cache (frames are ignored for .hcm)
     * @return the images, not yet shown; the first holds the open run
     * @throws FormatException if the file is neither an .hcm nor a raw run of a registered format
     */
    public static List<ImagePlus> open(Path path, boolean hyperstack, OpenRun.Settings settings) {
        FileKinds kind = FileKinds.of(path);
        OpenRun run = switch (kind.kind()) {
            case HCM -> openHcm(path, settings);
            case RAW -> OpenRun.open(kind.source().orElseThrow(), path.toString(), settings);
            default -> throw new FormatException(path + " is " + kind.describe() + ": not an .hcm file"
                    + " (HIPERCAM = 'MCCD' or 'CCD') nor a raw HiPERCAM, ULTRACAM or ULTRASPEC run;"
                    + " ImageJ's own File > Open reads other FITS files");
        };
        return images(run, hyperstack);
    }

    /** One {@code .hcm} file as a run of one frame (a list of one file), so it opens as runs do. */
    private static OpenRun openHcm(Path path, OpenRun.Settings settings) {
        return new OpenRun(Runs.openList(List.of(path.toString()), SpoolOptions.defaults()),
                settings.withFrames(1, 0));
    }

    /**
     * @param run an open run
     * @param hyperstack all CCDs in one image if their geometry allows
     * @return the images
     */
    public static List<ImagePlus> images(OpenRun run, boolean hyperstack) {
        List<ImagePlus> out = new ArrayList<>();
        if (hyperstack && run.labels().size() > 1 && run.sharedGeometry()) {
            out.add(RunImages.hyperstack(run));
        } else {
            for (String ccd : run.labels()) {
                out.add(RunImages.ccd(run, ccd));
            }
        }
        return out;
    }
}
