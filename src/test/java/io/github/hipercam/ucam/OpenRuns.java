package io.github.hipercam.ucam;

import io.github.hipercam.ucam.timing.UcamTimer;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.run.OpenedRun;
import io.github.hipercam.run.Runs;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.RunReader;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.testutil.MemoryRuns;
import java.nio.file.Path;

/** The bundled sample runs of testdata/ucam, opened as the library opens them. */
final class OpenRuns {

    private OpenRuns() {
    }

    /**
     * @param run a sample, e.g. "run001"
     * @return its path without extension
     */
    static String path(String run) {
        return Path.of("testdata", "ucam", run).toString();
    }

    /**
     * @param run a sample
     * @return it opened from its files (source {@code ul}); its RUN item is its path
     */
    static OpenedRun local(String run) {
        return Runs.open("ul", path(run), SpoolOptions.defaults());
    }

    /**
     * The sample loaded into memory under its bare name, so that its RUN item
     * is that name, as in the reference's headers (read from the run's own directory).
     *
     * @param run a sample
     * @return it opened through the memory byte source, finished
     */
    static OpenedRun inMemory(String run) {
        MemoryRuns.fromXmlDat(run, Path.of(path(run)), true);
        return Runs.open("ultracam:memory", run, SpoolOptions.defaults());
    }

    /**
     * @param run an opened run
     * @return its readout, parsed from its header
     */
    static UcamReadout readout(OpenedRun run) {
        return UcamReadout.parse(UcamFormat.runName(run.resource()), run.raw().header());
    }

    /**
     * @param run an opened run
     * @return a timer of its frames, as its decoding has
     */
    static UcamTimer timer(OpenedRun run) {
        return ((UcamDecoding) new UltracamFormat().decoding(readout(run), run.raw())).timer();
    }

    /**
     * @param r a reader
     * @param n frame number
     * @return the frame, which must be there
     */
    static Mccd read(RunReader<Mccd> r, int n) {
        Poll<Mccd> p = r.read(n);
        if (p instanceof Poll.Ready<Mccd> ready) {
            return ready.frame();
        }
        throw new AssertionError("frame " + n + " of " + r.name() + ": " + p);
    }
}
