package io.github.hipercam.imagej.macro;

import io.github.hipercam.HipercamException;
import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.model.Ccd;
import io.github.hipercam.model.CcdPars;
import io.github.hipercam.model.Header;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.spool.HangAbout;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.RunReader;
import io.github.hipercam.spool.RunSpooler;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.spool.Spooler;
import io.github.hipercam.spool.Spoolers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The state behind the {@code Ext.} macro functions: one open run, a cursor
 * per CCD and the frame last given. It knows nothing of ImageJ, so that every
 * rule here is tested without it; {@link HipercamMacroExtensions} turns its
 * answers into images and macro values.
 *
 * <p>Each CCD has its own cursor with the reference pipeline's meaning of
 * {@code first} (see {@link RunSpooler}), so a macro can take N frames of CCD 1
 * and then N frames of CCD 2. All cursors share one reader and a small cache,
 * so stepping through the CCDs of one frame decodes it once.
 *
 * <p>Unlike the reference, {@code first} also applies to a list of
 * {@code .hcm} files (source {@code hf}): it counts files of the list.
 */
final class MacroSession implements AutoCloseable {

    /** Frames kept by the cache: enough for the CCDs of a frame to share one decode. */
    private static final int CACHE_FRAMES = 4;
    /** Seconds between two looks at a live run while waiting. */
    private static final double POLL_SECONDS = 0.2;

    private final String source;
    private final String resource;
    private final int first;
    private final RecentFrames reader;
    private final List<CcdPars> pars;
    private final Map<String, RunSpooler<Mccd>> cursors = new HashMap<>();
    private final Map<String, Integer> lastGiven = new HashMap<>();
    private volatile HangAbout waiting;
    private Mccd currentFrame;
    private String currentCcd;
    private int newest;
    private boolean closed;

    private MacroSession(String source, String resource, int first, RunReader<Mccd> run, List<CcdPars> pars) {
        this.source = source;
        this.resource = resource;
        this.first = first;
        this.reader = new RecentFrames(run, CACHE_FRAMES);
        this.pars = List.copyOf(pars);
    }

    /**
     * Opens a run, as the reference's {@code data_source} and {@code get_ccd_pars}.
     *
     * @param source source code (hl, ul, hs, us, hf or NAME:local / NAME:server)
     * @param resource run name, list file or server run
     * @param first 1 or more: that frame first; 0: always the newest; below 0: that many behind the newest
     * @param options per-source options
     * @return the session
     */
    static MacroSession open(String source, String resource, int first, SpoolOptions options) {
        if (resource == null || resource.isBlank()) {
            throw new InvalidArgumentException("openRun: no run given for source '" + source + "'");
        }
        List<CcdPars> pars = Spoolers.ccdPars(source, resource, options);
        RunReader<Mccd> run = Spoolers.openReader(source, resource, options);
        return new MacroSession(source, resource, first, run, pars);
    }

    /** @return the run's name for titles and messages */
    String name() {
        return reader.name();
    }

    /** @return the source code the run was opened with */
    String source() {
        return source;
    }

    /** @return the resource the run was opened with */
    String resource() {
        return resource;
    }

    /** @return label, sizes and padding of each CCD, in order */
    List<CcdPars> ccdPars() {
        return pars;
    }

    /**
     * @param label a CCD label
     * @return its parameters
     * @throws InvalidArgumentException naming the labels of the run
     */
    CcdPars ccdPars(String label) {
        for (CcdPars p : pars) {
            if (p.label().equals(label)) {
                return p;
            }
        }
        throw new InvalidArgumentException(name() + ": no CCD '" + label + "'; CCDs are "
                + pars.stream().map(CcdPars::label).toList());
    }

    /** @return the number of complete frames that can be read now */
    synchronized int frameCount() {
        ensureOpen();
        return reader.available();
    }

    /**
     * Gives the next frame of one CCD from its cursor.
     *
     * @param label CCD label
     * @return the CCD and its frame number, {@link Poll.NotYet} or {@link Poll.End}
     */
    synchronized Poll<Ccd> next(String label) {
        ensureOpen();
        ccdPars(label);
        RunSpooler<Mccd> cursor = cursors.computeIfAbsent(label, l -> new RunSpooler<>(reader, first));
        return select(cursor.poll(), label);
    }

    /**
     * Gives one frame of one CCD by number, without moving any cursor.
     *
     * @param number frame number, 1-based
     * @param label CCD label
     * @return the CCD and its frame number, {@link Poll.NotYet} or {@link Poll.End}
     */
    synchronized Poll<Ccd> frame(int number, String label) {
        ensureOpen();
        ccdPars(label);
        if (number < 1) {
            throw new InvalidArgumentException(name() + ": frame numbers start at 1, got " + number);
        }
        return select(reader.read(number), label);
    }

    private Poll<Ccd> select(Poll<Mccd> p, String label) {
        if (p instanceof Poll.Ready<Mccd> r) {
            Ccd ccd = r.frame().ccd(label);
            currentFrame = r.frame();
            currentCcd = label;
            lastGiven.put(label, r.number());
            newest = Math.max(newest, r.number());
            return Poll.ready(ccd, r.number());
        }
        return p instanceof Poll.End<Mccd> ? Poll.end() : Poll.notYet();
    }

    /**
     * The mid-exposure time of one CCD of one frame ({@code MJDUTC} of its header).
     *
     * @param number frame number, or 0 or less for the frame last given for that CCD
     * @param label CCD label
     * @return MJD (UTC)
     */
    synchronized double mjd(int number, String label) {
        ensureOpen();
        ccdPars(label);
        int n = number >= 1 ? number : lastGiven.getOrDefault(label, 0);
        if (n < 1) {
            throw new InvalidArgumentException(name() + ": getMjd with frame " + number
                    + " means the frame last opened for CCD " + label + ", but none has been opened");
        }
        Poll<Mccd> p = reader.read(n);
        if (!(p instanceof Poll.Ready<Mccd> r)) {
            throw new InvalidArgumentException(name() + ": frame " + n + " cannot be read (frames"
                    + " available: " + reader.available() + ")");
        }
        return r.frame().ccd(label).head().requireDouble("MJDUTC",
                name() + ", frame " + n + ", CCD " + label);
    }

    /**
     * A header item of the frame last given: the CCD's own header is searched
     * first, then the frame's top-level header.
     *
     * @param key keyword
     * @return its value as text, or the empty string if there is no such item
     *     or no frame was given yet
     */
    synchronized String headerValue(String key) {
        ensureOpen();
        if (currentFrame == null || key == null || key.isBlank()) {
            return "";
        }
        Header ccdHead = currentFrame.ccd(currentCcd).head();
        Object v = ccdHead.has(key) ? ccdHead.get(key) : currentFrame.head().get(key);
        return v == null ? "" : String.valueOf(v);
    }

    /** @return the top-level header of the frame last given, or an empty header */
    synchronized Header frameHeader() {
        return currentFrame == null ? Header.empty() : currentFrame.head();
    }

    /** @return the label of the CCD last given, or null */
    synchronized String currentCcd() {
        return currentCcd;
    }

    /**
     * Waits, as the reference's {@code hang_about}, until a frame can be read.
     *
     * @param number the frame to wait for, or 0 or less for any frame newer
     *     than the newest given so far
     * @param timeoutSeconds the longest wait without a new frame
     * @param status receives "last frame unchanged for ..." lines
     * @return true if the frame can be read now; false if the run ended
     *     before it or the wait timed out or was cancelled
     */
    boolean waitFor(int number, double timeoutSeconds, Consumer<String> status) {
        if (!(timeoutSeconds >= 0) || Double.isInfinite(timeoutSeconds)) {
            throw new InvalidArgumentException(name() + ": waitForFrame needs a timeout of 0 or more"
                    + " seconds, got " + timeoutSeconds);
        }
        HangAbout hang = HangAbout.builder(Math.min(POLL_SECONDS, Math.max(timeoutSeconds, 1e-3)),
                timeoutSeconds).status(status).build();
        int target;
        synchronized (this) {
            ensureOpen();
            target = number >= 1 ? number : newest + 1;
            waiting = hang;
        }
        try {
            return hang.next(new WaitFor(reader, target)) instanceof Poll.Ready<Mccd>;
        } catch (HipercamException e) {
            if (isClosed()) {
                return false;
            }
            throw e;
        } finally {
            waiting = null;
        }
    }

    /** @return true while {@link #waitFor} is waiting */
    boolean isWaiting() {
        return waiting != null;
    }

    /** Stops a wait in progress; safe from any thread. */
    void cancelWait() {
        HangAbout h = waiting;
        if (h != null) {
            h.cancel();
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new HipercamException(name() + ": the run is closed; call Ext.openRun again");
        }
    }

    /** @return true once closed */
    synchronized boolean isClosed() {
        return closed;
    }

    /** Cancels any wait and closes the run. Closing twice is harmless. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            cursors.clear();
            currentFrame = null;
        }
        cancelWait();
        reader.close();
    }

    /** Looks at one frame number again and again: the "spooler" a wait polls. */
    private record WaitFor(RunReader<Mccd> reader, int target) implements Spooler<Mccd> {
        @Override
        public Poll<Mccd> poll() {
            return reader.read(target);
        }

        @Override
        public void close() {
            // the session owns the reader
        }
    }
}
