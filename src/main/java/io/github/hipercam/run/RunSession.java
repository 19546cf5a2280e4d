package io.github.hipercam.run;

import io.github.hipercam.HipercamException;
import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.model.Ccd;
import io.github.hipercam.model.CcdPars;
import io.github.hipercam.model.Header;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.spool.HangAbout;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.RunReader;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.spool.Spooler;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;


/**
 * One run stepped through by a script, a CCD at a time: the state behind the
 * ImageJ macro functions, with no ImageJ in it.
 *
 * <p>The frames come from one spool of the run, {@link OpenedRun#spool(int)},
 * so {@code first}, the end of a run and the times are exactly those of every
 * other entry point. Each CCD has a cursor into that one sequence: a script
 * can step CCD 1 through N frames and then CCD 2 through the same N. The
 * session remembers the numbers of the frames in the sequence that some
 * cursor has yet to reach, and keeps the last few frames decoded, so stepping
 * through the CCDs of a frame decodes it once; a frame that has left the
 * cache is read again by number, with the same times.
 *
 * <p>Frames by number ({@link #frame}) are read as the spool times them
 * ({@link OpenedRun#frames(int)} from where it began) through the same cache.
 * All methods may be called from any thread.
 */
public final class RunSession implements AutoCloseable {

    /** Frames kept decoded. */
    private static final int CACHED = 4;
    /** Seconds between two looks at a live run while waiting. */
    private static final double POLL_SECONDS = 0.2;

    private final OpenedRun opened;
    private final int first;
    private final List<CcdPars> pars;
    /** Where each CCD's cursor is in the sequence, 0 being its first frame. */
    private final Map<String, Long> cursors = new HashMap<>();
    /** Numbers of the frames of the sequence from {@link #numbersFrom} on that a cursor has yet to reach. */
    private final Deque<Integer> numbers = new ArrayDeque<>();
    private long numbersFrom;
    private Spooler<Mccd> sequence;
    private FrameCache byNumber;
    private volatile HangAbout waiting;
    private Mccd currentFrame;
    private String currentCcd;
    private final Map<String, Integer> lastGiven = new HashMap<>();
    private int newest;
    private int firstGiven;
    private int byNumberFrom;
    private boolean closed;

    private RunSession(OpenedRun opened, int first) {
        this.opened = opened;
        this.first = first;
        this.pars = List.copyOf(opened.ccdPars());
        opened.firstFrame(first);
        for (CcdPars p : pars) {
            cursors.put(p.label(), 0L);
        }
    }

    /**
     * Opens a run, as the reference's {@code data_source} and {@code get_ccd_pars}.
     *
     * @param source source code
     * @param resource run name, list file or server run
     * @param first 1 or more: that frame first; 0: always the newest; below 0: that many behind the newest
     * @param options per-source options ({@code withFollow(true)} to follow a local run still being written)
     * @return the session
     * @throws InvalidArgumentException for a {@code first} the run's format refuses, as every entry point does
     */
    public static RunSession open(String source, String resource, int first, SpoolOptions options) {
        OpenedRun opened = Runs.open(source, resource, options);
        try {
            return new RunSession(opened, first);
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    /** @return the run's name for titles and messages */
    public String name() {
        return opened.name();
    }

    /** @return the source code the run was opened with */
    public String source() {
        return opened.source();
    }

    /** @return the resource the run was opened with */
    public String resource() {
        return opened.resource();
    }

    /** @return the {@code first} the session was opened with */
    public int first() {
        return first;
    }

    /** @return label, sizes and padding of each CCD, in order */
    public List<CcdPars> ccdPars() {
        return pars;
    }

    /**
     * @param label a CCD label
     * @return its parameters
     * @throws InvalidArgumentException naming the labels of the run
     */
    public CcdPars ccdPars(String label) {
        for (CcdPars p : pars) {
            if (p.label().equals(label)) {
                return p;
            }
        }
        throw new InvalidArgumentException(name() + ": no CCD '" + label + "'; CCDs are "
                + pars.stream().map(CcdPars::label).toList());
    }

    /** @return the number of complete frames that can be read now */
    public synchronized int frameCount() {
        ensureOpen();
        return opened.available();
    }

    /**
     * The next frame of one CCD, from its cursor.
     *
     * @param label CCD label
     * @return the CCD and its frame number, {@link Poll.NotYet} or {@link Poll.End}
     */
    public synchronized Poll<Ccd> next(String label) {
        ensureOpen();
        ccdPars(label);
        long k = cursors.get(label);
        int number;
        if (k < numbersFrom + numbers.size()) {
            number = numbers.stream().skip(k - numbersFrom).findFirst().orElseThrow();
        } else {
            Poll<Mccd> p = sequence().poll();
            if (!(p instanceof Poll.Ready<Mccd> r)) {
                return p instanceof Poll.End<Mccd> ? Poll.end() : Poll.notYet();
            }
            number = r.number();
            numbers.addLast(number);
            if (firstGiven == 0) {
                firstGiven = number;
            }
            byNumber().offer(number, r.frame());
        }
        cursors.put(label, k + 1);
        forgetPassed();
        return frame(number, label);
    }

    private Spooler<Mccd> sequence() {
        if (sequence == null) {
            sequence = opened.spool(first);
        }
        return sequence;
    }

    /** Forgets the numbers every cursor has passed. */
    private void forgetPassed() {
        long slowest = cursors.values().stream().mapToLong(Long::longValue).min().orElse(numbersFrom);
        while (numbersFrom < slowest && !numbers.isEmpty()) {
            numbers.removeFirst();
            numbersFrom++;
        }
    }

    /**
     * One frame of one CCD by number, without moving any cursor.
     *
     * @param number frame number, 1-based
     * @param label CCD label
     * @return the CCD and its frame number, {@link Poll.NotYet} or {@link Poll.End}
     */
    public synchronized Poll<Ccd> frame(int number, String label) {
        ensureOpen();
        ccdPars(label);
        if (number < 1) {
            throw new InvalidArgumentException(name() + ": frame numbers start at 1, got " + number);
        }
        Poll<Mccd> p = byNumber().poll(number);
        if (p instanceof Poll.Ready<Mccd> r) {
            return select(r, label);
        }
        return p instanceof Poll.End<Mccd> ? Poll.end() : Poll.notYet();
    }

    /**
     * Frames by number, timed as the session's spool times them: from
     * {@code first}, or, for a session of the newest frames, from the first
     * frame the spool gave (until it gave one, from where it would begin now).
     */
    private FrameCache byNumber() {
        int from = first >= 1 ? first : firstGiven > 0 ? firstGiven : Math.max(1, opened.firstFrame(first));
        if (byNumber == null || byNumberFrom != from) {
            byNumber = new FrameCache(opened.frames(from), CACHED);
            byNumberFrom = from;
        }
        return byNumber;
    }

    private Poll<Ccd> select(Poll.Ready<Mccd> r, String label) {
        Ccd ccd = r.frame().ccd(label);
        currentFrame = r.frame();
        currentCcd = label;
        lastGiven.put(label, r.number());
        newest = Math.max(newest, r.number());
        return Poll.ready(ccd, r.number());
    }

    /**
     * The mid-exposure time of one CCD of one frame ({@code MJDUTC} of its header).
     *
     * @param number frame number, or 0 or less for the frame last given for that CCD
     * @param label CCD label
     * @return MJD (UTC)
     */
    public synchronized double mjd(int number, String label) {
        ensureOpen();
        ccdPars(label);
        int n = number >= 1 ? number : lastGiven.getOrDefault(label, 0);
        if (n < 1) {
            throw new InvalidArgumentException(name() + ": getMjd with frame " + number
                    + " means the frame last opened for CCD " + label + ", but none has been opened");
        }
        Poll<Mccd> p = byNumber().poll(n);
        if (!(p instanceof Poll.Ready<Mccd> r)) {
            throw new InvalidArgumentException(name() + ": frame " + n + " cannot be read (frames"
                    + " available: " + opened.available() + ")");
        }
        return r.frame().ccd(label).head().requireDouble("MJDUTC", name() + ", frame " + n + ", CCD " + label);
    }

    /**
     * A header item of the frame last given: the CCD's own header is searched
     * first, then the frame's top-level header.
     *
     * @param key keyword
     * @return its value as text, or the empty string if there is no such item
     *     or no frame was given yet
     */
    public synchronized String headerValue(String key) {
        ensureOpen();
        if (currentFrame == null || key == null || key.isBlank()) {
            return "";
        }
        Header ccdHead = currentFrame.ccd(currentCcd).head();
        Object v = ccdHead.has(key) ? ccdHead.get(key) : currentFrame.head().get(key);
        return v == null ? "" : String.valueOf(v);
    }

    /** @return the top-level header of the frame last given, or an empty header */
    public synchronized Header frameHeader() {
        return currentFrame == null ? Header.empty() : currentFrame.head();
    }

    /** @return the label of the CCD last given, or null before any */
    public synchronized String currentCcd() {
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
     *     before it, or the wait timed out or was cancelled
     */
    public boolean waitFor(int number, double timeoutSeconds, Consumer<String> status) {
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
            return hang.next(new WaitFor(opened.frames(), target)) instanceof Poll.Ready<Mccd>;
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
    public boolean isWaiting() {
        return waiting != null;
    }

    /** Stops a wait in progress; safe from any thread. */
    public void cancelWait() {
        HangAbout h = waiting;
        if (h != null) {
            h.cancel();
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new HipercamException(name() + ": the run is closed; open it again");
        }
    }

    /** @return true once closed */
    public synchronized boolean isClosed() {
        return closed;
    }

    /** Closes the run; a wait in progress ends. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            cursors.clear();
            numbers.clear();
            currentFrame = null;
        }
        cancelWait();
        try {
            if (sequence != null) {
                sequence.close();
            }
        } finally {
            opened.close();
        }
    }

    /** Looks at one frame again and again: the "spool" a wait polls. */
    private record WaitFor(RunReader<Mccd> reader, int target) implements Spooler<Mccd> {
        @Override
        public Poll<Mccd> poll() {
            return reader.read(target);
        }

        @Override
        public void close() {
            // the session owns the run
        }
    }
}
