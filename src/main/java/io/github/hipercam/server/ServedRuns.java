package io.github.hipercam.server;

import io.github.hipercam.AccessRefusedException;
import io.github.hipercam.HipercamException;
import io.github.hipercam.SourceAccessException;
import io.github.hipercam.run.OpenedRun;
import io.github.hipercam.model.CcdPars;
import io.github.hipercam.run.Runs;
import io.github.hipercam.run.Spoolers;
import io.github.hipercam.spool.SpoolOptions;
import java.nio.file.NoSuchFileException;
import java.util.List;
import org.eclipse.jetty.http.HttpStatus;

/**
 * How the server opens the runs it serves: with {@link Runs#open}, as every
 * entry point does, so that the frame size the server hands frames out by is
 * the one the readers parse from the same header, and a file the readers
 * refuse is refused here too. Reads are confined to the served directory
 * ({@link SpoolOptions#withRoot}): each file is resolved to its real path when
 * it is opened and refused if that lies outside, and the run is named in
 * messages as the client wrote it.
 */
final class ServedRuns {

    private ServedRuns() {
    }

    /**
     * @param dir the served directory
     * @param source {@code hl} for a HiPERCAM run, {@code ul} for an ULTRACAM or ULTRASPEC run
     * @param run the run as the client named it, already checked by {@link RunDirectory#resolve}
     * @return the opened run, followed as it grows
     * @throws Refusal 404 if it does not exist, 403 if it lies outside or is not a file
     * @throws HipercamException if its header cannot be read as a run
     */
    static OpenedRun open(RunDirectory dir, String source, String run) {
        SpoolOptions options = SpoolOptions.defaults().withFollow(true).withRoot(dir.root());
        try {
            return Runs.open(source, run, options);
        } catch (AccessRefusedException e) {
            throw new Refusal(HttpStatus.FORBIDDEN_403, "refused '" + run + "': " + reason(e, run));
        } catch (SourceAccessException e) {
            if (e.getCause() instanceof NoSuchFileException) {
                throw new Refusal(HttpStatus.NOT_FOUND_404, "no such run: " + run);
            }
            throw e;
        }
    }

    /**
     * The readers' {@code get_ccd_pars} of a run, read as {@link #open} reads it.
     *
     * @param dir the served directory
     * @param source {@code ul}
     * @param run the run as the client named it
     * @return its CCDs
     * @throws HipercamException if the readers refuse its header
     */
    static List<CcdPars> ccdPars(RunDirectory dir, String source, String run) {
        return Spoolers.ccdPars(source, run, SpoolOptions.defaults().withRoot(dir.root()));
    }

    /** The part of a refusal's message after the file's name. */
    private static String reason(HipercamException e, String run) {
        String m = e.getMessage();
        int colon = m.indexOf(": ");
        return colon >= 0 ? m.substring(colon + 2) : m;
    }
}
