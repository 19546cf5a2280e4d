package io.github.hipercam.run;

import io.github.hipercam.model.RunSummary;
import io.github.hipercam.model.Ccd;
import io.github.hipercam.model.CcdPars;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.spool.RunReader;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.spool.Spooler;
import java.util.List;

/**
 * A run opened once ({@link Runs#open}): its header read and parsed, its
 * {@code get_ccd_pars} known. Everything that reads the run comes from here:
 * spools with the reference's meaning of {@code first}, random access by frame
 * number, and the raw frames a file server hands on. Use it in
 * try-with-resources; spools and readers taken from it are views that stop
 * working when it is closed.
 *
 * <pre>{@code
 * try (OpenedRun run = Runs.open("hl", "run0012", SpoolOptions.defaults())) {
 *     List<CcdPars> ccds = run.ccdPars();
 *     try (Spooler<Mccd> spool = run.spool(1)) {
 *         for (Mccd frame : spool) { ... }
 *     }
 * }
 * }</pre>
 */
public interface OpenedRun extends AutoCloseable {

    /** @return the source code it was opened with, e.g. "hl" */
    String source();

    /** @return the run as the user named it */
    String resource();

    /** @return a name for titles and messages: the file's path or the run's URL */
    String name();

    /** @return the options it was opened with */
    SpoolOptions options();

    /** @return the reference's {@code get_ccd_pars}, from the header read once */
    List<CcdPars> ccdPars();

    /**
     * @return what a person wants to know before reading the frames, as the
     *     run's format reads it from the header (for a list of {@code .hcm}
     *     files: the first file's CCDs)
     */
    RunSummary summary();

    /** @return the number of complete frames now (it grows while the run is written) */
    int available();

    /**
     * Random access by frame number. Every frame's times are those of the
     * whole run (for ULTRACAM: as read in order from frame 1), so a frame is
     * the same whether it is reached in order or by a jump. Closing the
     * reader does not close the run.
     *
     * @return the reader
     */
    RunReader<Mccd> frames();

    /**
     * Random access with the times a spool that started at frame
     * {@code timingFrom} gives (they differ from {@link #frames()} only for
     * formats whose times depend on where the reading began: ULTRACAM). A
     * virtual stack or a macro that shows a run from frame f uses
     * {@code frames(f)}, so that its frames are those of {@code spool(f)}.
     *
     * @param timingFrom the frame the reading began at, 1 or more
     * @return the reader
     */
    RunReader<Mccd> frames(int timingFrom);

    /**
     * Where a spool from {@code first} begins, as the run stands now:
     * {@code first} itself when it is 1 or more; the newest complete frame
     * for 0; {@code -first} frames before the newest for a negative value.
     *
     * @param first as for {@link #spool(int)}
     * @return that frame's number (for {@code first >= 1}, {@code first}, written
     *     yet or not); 0 if, for {@code first <= 0}, the run holds no such frame now
     * @throws io.github.hipercam.InvalidArgumentException for a {@code first} the format refuses
     */
    int firstFrame(int first);

    /**
     * A spool of whole frames with the reference's meaning of {@code first}:
     * <ul>
     *   <li>{@code first >= 1}: frames first, first+1, ... A local run read
     *       without {@link SpoolOptions#follow() follow} ends at the current end
     *       of its file, as the reference's disk spools do; servers, and
     *       followed runs, answer "not yet" there.</li>
     *   <li>{@code first == 0}: always the newest complete frame.</li>
     *   <li>{@code first < 0}: the frame {@code -first} before the newest,
     *       following the run as it grows (refused by formats that have no
     *       such meaning: ULTRACAM, as in the reference).</li>
     * </ul>
     * Frames past the end of a finished run end the spool at once. Closing the
     * spool does not close the run.
     *
     * @param first where to start
     * @return the spool
     * @throws io.github.hipercam.InvalidArgumentException for a {@code first} the format refuses
     */
    Spooler<Mccd> spool(int first);

    /**
     * As {@link #spool(int)}, yielding one CCD of each frame.
     *
     * @param first where to start
     * @param ccd the CCD's label, one of {@link #ccdPars()}
     * @return the spool
     * @throws io.github.hipercam.InvalidArgumentException naming the labels there are
     */
    Spooler<Ccd> spool(int first, String ccd);

    /**
     * The run's bytes as stored, for a file server that hands them on.
     *
     * @return the raw frames
     * @throws io.github.hipercam.InvalidArgumentException for sources that are
     *     not a raw run (a list of {@code .hcm} files)
     */
    RawFrames raw();

    /** Releases the run's files or connection. */
    @Override
    void close();
}
