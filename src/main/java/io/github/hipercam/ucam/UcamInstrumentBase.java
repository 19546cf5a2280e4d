package io.github.hipercam.ucam;

import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.SourceAccessException;
import io.github.hipercam.model.CcdPars;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.spool.Access;
import io.github.hipercam.spool.DecodeAheadSpooler;
import io.github.hipercam.spool.Instrument;
import io.github.hipercam.spool.RunBytes;
import io.github.hipercam.spool.RunReader;
import io.github.hipercam.spool.RunSpooler;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.spool.Spooler;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;

/**
 * What the "ultracam" and "ultraspec" instruments share: either reads any
 * ULTRACAM or ULTRASPEC run, since the run's XML says which camera took it
 * (source {@code ul} maps to "ultracam"). Times come from
 * {@link UcamTimer#INSTANCE}.
 *
 * <p><b>Server access</b> (source {@code us}): the run's bytes come from the
 * {@link UcamServerTransport} the network adapter registers, and are read by
 * {@link #openReader(String, RunBytes, UcamHistory)} like local ones.
 */
abstract class UcamInstrumentBase implements Instrument {

    /** Frames of at least this many bytes are spooled one at a time. */
    static final int AHEAD_FRAME_LIMIT = 1 << 20;
    /** Bytes of frames handed to a worker at once when decoding ahead. */
    private static final int AHEAD_BATCH_BYTES = 1 << 18;

    private final String name;

    UcamInstrumentBase(String name) {
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean supportsServer() {
        return true;
    }

    @Override
    public RunReader<Mccd> openReader(String resource, Access access, SpoolOptions options) {
        String run = runName(resource);
        return openReader(run, bytes(run, access, options), UcamHistory.whole());
    }

    /**
     * A spool whose frame times are those the reference gives when it starts
     * reading at {@code first} (see {@link UcamHistory#forSpool(int)}).
     *
     * <p>ULTRACAM and ULTRASPEC runs have no "frames before the last": the
     * reference fails on a negative {@code first} (a seek before the start
     * of the file), and so do we, with a clear message, rather than give
     * frames it would not. A local run's spool ends as the reference's
     * does (see {@link UcamDiskSpooler}), unless {@link SpoolOptions#follow()}
     * asks to follow a run still being written: the end of the file and a
     * partly written frame are then "not yet".
     *
     * <p>A local run of frames under {@link #AHEAD_FRAME_LIMIT} bytes read
     * forwards ({@code first >= 1}) on a machine with more than one core is
     * decoded ahead in batches on every core ({@link DecodeAheadSpooler}),
     * with the same frames, times and NotYet / End answers as one frame at
     * a time. When the second core is free this is about 1.5 times as fast
     * on 0.2 MB frames (see BENCHMARKS.md); when it is busy it costs nothing.
     * Larger frames, server runs and spools from the end read one frame at a time.
     *
     * @throws InvalidArgumentException if {@code first} is negative
     */
    @Override
    public Spooler<Mccd> openSpooler(String resource, Access access, int first, SpoolOptions options) {
        String run = runName(resource);
        if (first < 0) {
            throw new InvalidArgumentException(run + ": first = " + first
                    + " is not allowed for ULTRACAM/ULTRASPEC runs (expected >= 1, or 0 for the last frame)");
        }
        UcamRunReader reader = openReader(run, bytes(run, access, options), UcamHistory.forSpool(first));
        try {
            if (access != Access.LOCAL) {
                return new RunSpooler<>(reader, first);
            }
            if (options.follow()) {
                return localSpooler(reader, first);
            }
            return new UcamDiskSpooler(localSpooler(reader, first), reader.readout(), run, first);
        } catch (RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    /** One frame at a time, or decoded ahead on every core for small frames read forwards. */
    private static Spooler<Mccd> localSpooler(UcamRunReader reader, int first) {
        int cores = Runtime.getRuntime().availableProcessors();
        int size = reader.readout().framesize();
        if (first >= 1 && cores > 1 && size < AHEAD_FRAME_LIMIT) {
            return new DecodeAheadSpooler<>(reader, first, cores, Math.max(1, AHEAD_BATCH_BYTES / size), 2 * cores);
        }
        return new RunSpooler<>(reader, first);
    }

    /**
     * Reads any run's bytes (the hook for server and other transports).
     *
     * @param run the run's name, for RUN and messages
     * @param bytes its bytes, owned by the reader from now on
     * @param history where the history of frame times starts
     * @return the reader
     */
    public static UcamRunReader openReader(String run, RunBytes bytes, UcamHistory history) {
        return UcamRunReader.open(run, bytes, UcamTimer.INSTANCE, history);
    }

    @Override
    public List<CcdPars> ccdPars(String resource, Access access, SpoolOptions options) {
        String run = runName(resource);
        byte[] xml;
        if (access == Access.LOCAL) {
            xml = UcamFileBytes.readXml(Path.of(run + ".xml"));
        } else {
            try (RunBytes b = serverBytes(run, options)) {
                xml = b.header();
            }
        }
        return ccdPars(run, xml);
    }

    /**
     * @param resource a run, with or without ".xml" or ".dat"
     * @return the run without the extension
     */
    static String runName(String resource) {
        if (resource.endsWith(".xml") || resource.endsWith(".dat")) {
            return resource.substring(0, resource.length() - 4);
        }
        return resource;
    }

    /**
     * The reference's {@code get_ccd_pars}: the camera named in the XML
     * decides; the XML is checked as the reference's {@code Rhead} checks it
     * (a power on/off passes, having no windows to check).
     *
     * @param run the run, for messages
     * @param xml its XML
     * @return the CCDs' parameters
     */
    public static List<CcdPars> ccdPars(String run, byte[] xml) {
        UcamXml parsed = UcamXml.parse(run + ".xml", xml);
        UcamCamera camera = UcamCamera.of(parsed);
        if (UcamMode.of(parsed) != UcamMode.PONOFF) {
            UcamReadout.of(run, parsed);
        }
        return camera.ccdPars();
    }

    private static RunBytes bytes(String resource, Access access, SpoolOptions options) {
        return access == Access.LOCAL ? UcamFileBytes.open(resource) : serverBytes(resource, options);
    }

    /**
     * The file server's bytes of a run.
     *
     * @param resource the run's name on the server
     * @param options server address and timeout
     * @return the bytes
     */
    static RunBytes serverBytes(String resource, SpoolOptions options) {
        for (ClassLoader cl : new ClassLoader[] {UcamInstrumentBase.class.getClassLoader(),
            Thread.currentThread().getContextClassLoader()}) {
            if (cl != null) {
                for (UcamServerTransport t : ServiceLoader.load(UcamServerTransport.class, cl)) {
                    return t.open(resource, options);
                }
            }
        }
        throw new SourceAccessException(resource + ": no ULTRACAM/ULTRASPEC file-server transport is installed;"
                + " source us needs the network module on the class path (read local runs with source ul)");
    }
}
