package io.github.hipercam.run;

import io.github.hipercam.model.Mccd;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.spool.Spooler;

/**
 * The reference's {@code HcamServSpool}: a HiPERCAM run on the HiPERCAM WebSocket file server, the same as
 * {@code Spoolers.open("hs", run, first, options)}.
 *
 * <pre>{@code
 * try (Spooler<Mccd> spool = HcamServSpool.open("run0012", 1, SpoolOptions.defaults())) {
 *     for (Mccd frame : spool) { ... }
 * }
 * }</pre>
 */
public final class HcamServSpool {

    private HcamServSpool() {
    }

    /**
     * @param run the run
     * @param first first frame (see {@link OpenedRun#spool(int)})
     * @param options options
     * @return the spool, which owns the run
     */
    public static Spooler<Mccd> open(String run, int first, SpoolOptions options) {
        return Spoolers.open("hs", run, first, options);
    }
}
