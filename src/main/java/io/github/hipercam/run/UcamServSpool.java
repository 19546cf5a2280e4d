package io.github.hipercam.run;

import io.github.hipercam.model.Mccd;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.spool.Spooler;

/**
 * The reference's {@code UcamServSpool}: a ULTRACAM or ULTRASPEC run on the ATC HTTP file server, the same as
 * {@code Spoolers.open("us", run, first, options)}.
 *
 * <pre>{@code
 * try (Spooler<Mccd> spool = UcamServSpool.open("run012", 1, SpoolOptions.defaults())) {
 *     for (Mccd frame : spool) { ... }
 * }
 * }</pre>
 */
public final class UcamServSpool {

    private UcamServSpool() {
    }

    /**
     * @param run the run
     * @param first first frame (see {@link OpenedRun#spool(int)})
     * @param options options
     * @return the spool, which owns the run
     */
    public static Spooler<Mccd> open(String run, int first, SpoolOptions options) {
        return Spoolers.open("us", run, first, options);
    }
}
