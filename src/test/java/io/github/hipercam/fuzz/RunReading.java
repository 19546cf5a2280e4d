package io.github.hipercam.fuzz;

import io.github.hipercam.HipercamException;
import io.github.hipercam.cli.Dump;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.RunReader;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.spool.Spooler;
import io.github.hipercam.run.OpenedRun;
import io.github.hipercam.run.Runs;
import io.github.hipercam.run.Spoolers;

/**
 * How a user's program reads a raw run or a file list: the CCD parameters,
 * the frames in order from the first, random access to the last and first
 * frames (as the ImageJ stacks do) and the dump document from the last
 * frame (the {@code dump} command).
 */
final class RunReading {

    /** At most this many frames are read in order. */
    static final int MAX_FRAMES = 10;

    private RunReading() {
    }

    /**
     * @param source source code, e.g. "hl"
     * @param resource run name or list file
     * @throws Exception anything but a HipercamException at once; the first HipercamException at the end
     */
    static void read(String source, String resource) throws Exception {
        new Steps()
                .then(() -> Spoolers.ccdPars(source, resource))
                .then(() -> inOrder(source, resource))
                .then(() -> randomAccess(source, resource))
                .then(() -> dumped(Dump.source(source, resource, "hf".equals(source) ? 1 : 0, SpoolOptions.defaults())))
                .done();
    }

    /**
     * The dump catches a HipercamException and writes it into the document
     * ({@code "end": "error"}); that counts as the domain error it is.
     *
     * @param doc a dump document
     * @throws HipercamException if the document ends in an error
     */
    static void dumped(String doc) {
        int at = doc.lastIndexOf("\"end\": \"error\"");
        if (at >= 0) {
            throw new HipercamException("dump: " + doc.substring(at, Math.min(doc.length(), at + 300)));
        }
    }

    private static void inOrder(String source, String resource) {
        try (Spooler<Mccd> s = Spoolers.open(source, resource, 1)) {
            int n = 0;
            for (Mccd m : s) {
                Steps.touch(m);
                if (++n >= MAX_FRAMES) {
                    break;
                }
            }
        }
    }

    private static void randomAccess(String source, String resource) {
        try (OpenedRun run = Runs.open(source, resource, SpoolOptions.defaults())) {
            RunReader<Mccd> r = run.frames();
            int last = r.available();
            for (int n : new int[] {last, 1, last + 1}) {
                if (n >= 1 && r.read(n) instanceof Poll.Ready<Mccd> p) {
                    Steps.touch(p.frame());
                }
            }
        }
    }
}
