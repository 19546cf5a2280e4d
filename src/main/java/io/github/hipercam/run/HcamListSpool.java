package io.github.hipercam.run;

import io.github.hipercam.model.Ccd;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.spool.Spooler;
import java.nio.file.Path;
import java.util.List;

/**
 * The reference's {@code HcamListSpool}: the {@code .hcm} files of a list file
 * (source {@code hf}) or of names in memory, whole or one CCD of each.
 * Blank lines and lines starting with {@code #} are skipped; names without an
 * extension get {@code .hcm}; each frame's header gets {@code FILENAME}.
 *
 * <pre>{@code
 * try (Spooler<Mccd> spool = HcamListSpool.open(Path.of("frames.lis"))) {
 *     for (Mccd frame : spool) { ... }
 * }
 * }</pre>
 */
public final class HcamListSpool {

    private HcamListSpool() {
    }

    /**
     * @param list a list file
     * @return a spool of its files, from the first
     */
    public static Spooler<Mccd> open(Path list) {
        return Spoolers.open("hf", list.toString(), 1, SpoolOptions.defaults());
    }

    /**
     * @param list a list file
     * @param ccd the label of the CCD to read from each file
     * @return a spool of single CCDs, from the first file
     */
    public static Spooler<Ccd> open(Path list, String ccd) {
        return Spoolers.openCcd("hf", list.toString(), 1, ccd, SpoolOptions.defaults());
    }

    /**
     * @param names file names
     * @return a spool of the files, from the first
     */
    public static Spooler<Mccd> open(List<String> names) {
        OpenedRun run = Runs.openList(names, SpoolOptions.defaults());
        return Owning.of(run, () -> run.spool(1));
    }

    /**
     * @param names file names
     * @param ccd the label of the CCD to read from each file
     * @return a spool of single CCDs, from the first file
     */
    public static Spooler<Ccd> open(List<String> names, String ccd) {
        OpenedRun run = Runs.openList(names, SpoolOptions.defaults());
        return Owning.of(run, () -> run.spool(1, ccd));
    }
}
