package io.github.hipercam.run;

import io.github.hipercam.model.Mccd;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.spool.Spooler;

/**
 * The reference's {@code UcamDiskSpool}: a local ULTRACAM or ULTRASPEC run (RUN.xml and RUN.dat), the same as
 * {@code Spoolers.open("ul", run, first, options)}.
 *
 * <pre>{@code
 * try (Spooler<Mccd> spool = UcamDiskSpool.open("run012", 1, SpoolOptions.defaults())) {
 *     for (Mccd frame : spool) { ... }
 * }
 * }</pre>
 */
public final class UcamDiskSpool {

    private UcamDiskSpool() {
    }

    /**
     * @param run the run
     * @param first first frame (see {@link OpenedRun#spool(int)})
     * @param options options
     * @return the spool, which owns the run
     */
    public static Spooler<Mccd> open(String run, int first, SpoolOptions options) {
        return Spoolers.open("ul", run, first, options);
    }
}
