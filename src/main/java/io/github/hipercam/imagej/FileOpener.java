package io.github.hipercam.imagej;

import io.github.hipercam.FormatException;
import io.github.hipercam.hcm.Hcm;
import io.github.hipercam.model.CcdPars;
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
     * @throws FormatException if the file is neither an .hcm nor a raw HiPERCAM run
     */
    public static List<ImagePlus> open(Path path, boolean hyperstack, OpenRun.Settings settings) {
        OpenRun run = switch (FileKinds.of(path)) {
            case HCM -> openHcm(path, settings);
            case RAW_HIPERCAM -> OpenRun.open("hl", path.toString(), settings);
            default -> throw new FormatException(path + ": not an .hcm file (HIPERCAM = 'MCCD' or 'CCD')"
                    + " nor a raw HiPERCAM run (HIERARCH ESO DET READ CURNAME); ImageJ's own File > Open"
                    + " reads other FITS files");
        };
        return images(run, hyperstack);
    }

    private static OpenRun openHcm(Path path, OpenRun.Settings settings) {
        List<CcdPars> pars = Hcm.ccdInfo(path);
        return new OpenRun(new SingleHcmReader(path, pars.get(0).label()), pars,
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
