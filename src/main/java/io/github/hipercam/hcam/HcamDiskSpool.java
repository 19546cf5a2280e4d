package io.github.hipercam.hcam;

import io.github.hipercam.model.Mccd;
import io.github.hipercam.spool.RunSpooler;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.spool.Spooler;

/**
 * The reference's {@code HcamDiskSpool}: a local raw run stepped through
 * from frame {@code first}, with the meaning of {@code first} that
 * {@link RunSpooler} gives (1 the first frame, 0 always the last complete
 * one, negative that many behind the end). The same as
 * {@code Spoolers.open("hl", run, first, options)}.
 *
 * <pre>{@code
 * try (Spooler<Mccd> spool = HcamDiskSpool.open("run0012", 1, SpoolOptions.defaults())) {
 *     for (Mccd frame : spool) {
 *         ...
 *     }
 * }
 * }</pre>
 */
public final class HcamDiskSpool {

    private HcamDiskSpool() {
    }

    /**
     * @param run run name, with or without {@code .fits}
     * @param first first frame
     * @param options options
     * @return the spooler
     */
    public static Spooler<Mccd> open(String run, int first, SpoolOptions options) {
        return new RunSpooler<>(HcamRunReader.open(HipercamInstrument.runFile(run), options), first);
    }
}
