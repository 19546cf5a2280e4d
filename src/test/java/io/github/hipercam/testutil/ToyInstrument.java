package io.github.hipercam.testutil;

import io.github.hipercam.SourceAccessException;
import io.github.hipercam.model.CcdPars;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.spool.Access;
import io.github.hipercam.spool.Instrument;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.RunReader;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.synth.SynthHcm;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A third-party instrument as a plugin author would write one, registered
 * from {@code src/test/resources/META-INF/services}. Its runs live in memory:
 * a test {@linkplain #define defines} a run, may let it grow, and finishes it.
 * Frame n is {@link SynthHcm#frame(int, int)}. Source {@code toycam} reads
 * locally and from a "server"; {@link LocalOnly} ({@code toylocal}) has no
 * server access.
 */
public class ToyInstrument implements Instrument {

    /** A run in memory. */
    public static final class Run {
        private final int nccd;
        private volatile int written;
        private volatile boolean finished;

        private Run(int nccd, int written, boolean finished) {
            this.nccd = nccd;
            this.written = written;
            this.finished = finished;
        }

        /** @param n frames written so far */
        public void grow(int n) {
            written = n;
        }

        /** @return frames written so far */
        public int written() {
            return written;
        }

        /** Marks the run as complete. */
        public void finish() {
            finished = true;
        }
    }

    private static final Map<String, Run> RUNS = new ConcurrentHashMap<>();
    private static final Map<String, SpoolOptions> OPENED = new ConcurrentHashMap<>();

    /**
     * @param name resource name
     * @param nccd CCDs per frame
     * @param written frames written so far
     * @param finished true if no more frames will come
     * @return the run
     */
    public static Run define(String name, int nccd, int written, boolean finished) {
        Run r = new Run(nccd, written, finished);
        RUNS.put(name, r);
        return r;
    }

    /**
     * @param resource a run name
     * @return the options the run was last opened with (or its ccd pars asked for), or null
     */
    public static SpoolOptions optionsUsed(String resource) {
        return OPENED.get(resource);
    }

    @Override
    public String name() {
        return "toycam";
    }

    @Override
    public boolean supportsServer() {
        return true;
    }

    private Run run(String resource, SpoolOptions options) {
        Run r = RUNS.get(resource);
        if (r == null) {
            throw new SourceAccessException(name() + ": no run '" + resource + "'");
        }
        OPENED.put(resource, options);
        return r;
    }

    @Override
    public RunReader<Mccd> openReader(String resource, Access access, SpoolOptions options) {
        Run run = run(resource, options);
        String label = access == Access.SERVER ? options.serverUrl() + resource : resource;
        return new RunReader<>() {
            @Override
            public String name() {
                return label;
            }

            @Override
            public int available() {
                return run.written;
            }

            @Override
            public Poll<Mccd> read(int number) {
                if (number >= 1 && number <= run.written) {
                    return Poll.ready(SynthHcm.frame(run.nccd, number), number);
                }
                return run.finished ? Poll.end() : Poll.notYet();
            }

            @Override
            public void close() {
                // nothing to release: the run is in memory
            }
        };
    }

    @Override
    public List<CcdPars> ccdPars(String resource, Access access, SpoolOptions options) {
        Run run = run(resource, options);
        List<CcdPars> out = new ArrayList<>();
        for (int c = 1; c <= run.nccd; c++) {
            out.add(new CcdPars(Integer.toString(c), 2048, 1024, 50, 8));
        }
        return out;
    }

    /** The same runs, local access only: source {@code toylocal:local}. */
    public static final class LocalOnly extends ToyInstrument {
        @Override
        public String name() {
            return "toylocal";
        }

        @Override
        public boolean supportsServer() {
            return false;
        }
    }
}
