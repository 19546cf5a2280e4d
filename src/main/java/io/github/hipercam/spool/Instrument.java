package io.github.hipercam.spool;

import io.github.hipercam.model.CcdPars;
import io.github.hipercam.model.Mccd;
import java.util.List;

/**
 * An instrument whose raw runs can be spooled. Implementations register with
 * {@link java.util.ServiceLoader} under
 * {@code META-INF/services/io.github.hipercam.spool.Instrument}; the built-in
 * {@code hipercam}, {@code ultracam} and {@code ultraspec} register the same
 * way. Source {@code NAME:local} then reads local runs of instrument NAME,
 * and {@code NAME:server} reads them from its file server.
 */
public interface Instrument {

    /** @return the instrument's name as used in source codes, e.g. "hipercam" */
    String name();

    /** @return true if the instrument can read runs from a file server */
    boolean supportsServer();

    /**
     * Opens a run for random access.
     *
     * @param resource the run, e.g. "run0012" or "data/run0012"
     * @param access local file or server
     * @param options per-source options
     * @return a reader over the run's frames
     */
    RunReader<Mccd> openReader(String resource, Access access, SpoolOptions options);

    /**
     * Opens a run as a spool with the reference's meaning of {@code first}
     * (see {@link RunSpooler}). The default wraps {@link #openReader}; an
     * instrument whose frame times depend on where the reference starts
     * reading (ULTRACAM) overrides it to time frames as that spool would.
     *
     * @param resource the run
     * @param access local file or server
     * @param first first frame: 1 or more, 0 for the last, negative for that many before the last
     * @param options per-source options
     * @return the spooler
     */
    default Spooler<Mccd> openSpooler(String resource, Access access, int first, SpoolOptions options) {
        return new RunSpooler<>(openReader(resource, access, options), first);
    }

    /**
     * The reference's {@code get_ccd_pars} for this instrument.
     *
     * @param resource the run
     * @param access local file or server
     * @param options per-source options
     * @return label, maximum sizes and padding of each CCD, in order
     */
    List<CcdPars> ccdPars(String resource, Access access, SpoolOptions options);
}
