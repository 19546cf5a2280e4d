package io.github.hipercam.run;

import io.github.hipercam.model.Mccd;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.spool.Spooler;

/**
 * The reference's {@code HcamDiskSpool}: a local raw HiPERCAM run, the same as
 * {@code Spoolers.open("hl", run, first, options)}.
 *
 * <pre>{@code
 * try (Spooler<Mccd> spool = HcamDiskSpool.open("run0012", 1, SpoolOptions.defaults())) {
 *     for (Mccd frame : spool) { ... }
 * }
 * }</pre>
 */
public final class HcamDiskSpool {

    private HcamDiskSpool() {
    }

    /**
     * @param run run name, with or without {@code .fits}
     * @param first first frame (see {@link OpenedRun#spool(int)})
     * @param options options
     * @return the spool, which owns the run
     */
    public static Spooler<Mccd> open(String run, int first, SpoolOptions options) {
        return Spoolers.open("hl", run, first, options);
    }
}
