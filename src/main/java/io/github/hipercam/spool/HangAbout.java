package io.github.hipercam.spool;

import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.model.Frame;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The reference's {@code hang_about}: what to do when a growing run has no new
 * frame. After each poll, {@link #after(Poll)} says whether to
 * {@linkplain Outcome#GO_ON go on} (a frame arrived: the total wait is reset),
 * {@linkplain Outcome#TRY_AGAIN try again} (it has waited {@code twait}
 * seconds) or {@linkplain Outcome#GIVE_UP give up} (waiting another
 * {@code twait} would pass {@code tmax} seconds without a new frame).
 *
 * <pre>{@code
 * HangAbout hang = HangAbout.of(1.0, 30.0);
 * try (Spooler<Mccd> spool = Spoolers.open("hl", "run0012", 0)) {
 *     for (Mccd frame : hang.follow(spool)) { ... }
 * }
 * }</pre>
 *
 * <p>Unlike the reference it is an object, so a loop, a virtual stack and a
 * macro can share one; it can be {@linkplain #cancel() cancelled} from another
 * thread (a closed window, say), an interrupted thread gives up at once, and
 * the clock can be replaced for tests. Status lines ("last frame unchanged for
 * 12.0 sec ...", "cancelled after waiting 3.0 sec. ...") go to a listener
 * instead of standard output. The time waited is counted in whole
 * {@code twait} steps, so that {@code tmax = 3 twait} allows exactly three
 * waits (the reference's floating-point sum sometimes allows one fewer).
 * Updaters run on the waiting thread; an exception from one ends the wait and
 * reaches the caller.
 */
public final class HangAbout {

    /**
     * Relative slack when comparing the time waited with {@code tmax}. The
     * reference adds {@code twait} up in binary floating point, so with
     * {@code twait = 0.1, tmax = 0.3} it gives up after two waits, not three;
     * here the waits are counted and a sum that differs from {@code tmax} by
     * rounding alone counts as equal.
     */
    private static final double TOLERANCE = 1e-9;

    /** What to do after a poll. */
    public enum Outcome {
        /** A frame arrived: use it and carry on. */
        GO_ON,
        /** Nothing yet; the wait has been made, so poll again. */
        TRY_AGAIN,
        /** Waited long enough; stop. */
        GIVE_UP
    }

    /** How a wait is made; replaced by a fake in tests. */
    @FunctionalInterface
    public interface Sleeper {
        /**
         * @param seconds how long to pause
         * @throws InterruptedException if the wait was interrupted
         */
        void sleep(double seconds) throws InterruptedException;
    }

    private final double twait;
    private final double tmax;
    private final double tupdate;
    private final List<Runnable> updaters;
    private final Consumer<String> status;
    private final Sleeper sleeper;
    private final Object lock = new Object();
    private volatile boolean cancelled;
    private long waits;

    private HangAbout(Builder b) {
        this.twait = b.twait;
        this.tmax = b.tmax;
        this.tupdate = b.tupdate;
        this.updaters = List.copyOf(b.updaters);
        this.status = b.status;
        this.sleeper = b.sleeper != null ? b.sleeper : this::waitOnLock;
    }

    /**
     * @param twait seconds between tries
     * @param tmax total seconds to wait without a new frame
     * @return a policy with no updaters, reporting to nowhere
     */
    public static HangAbout of(double twait, double tmax) {
        return builder(twait, tmax).build();
    }

    /**
     * @param twait seconds between tries
     * @param tmax total seconds to wait without a new frame
     * @return a builder for the other settings
     */
    public static Builder builder(double twait, double tmax) {
        return new Builder(twait, tmax);
    }

    /** @return seconds waited since the last frame */
    public synchronized double totalWaited() {
        return waits * twait;
    }

    /** Forgets the time waited so far, as when a frame arrives. */
    public synchronized void reset() {
        waits = 0;
    }

    /**
     * Decides what to do after a poll, waiting {@code twait} when it says to try again.
     *
     * @param poll the result of the last poll
     * @return the outcome
     */
    public Outcome after(Poll<?> poll) {
        if (poll instanceof Poll.Ready<?>) {
            reset();
            return Outcome.GO_ON;
        }
        if (poll instanceof Poll.End<?>) {
            return Outcome.GIVE_UP;
        }
        return waitOnce();
    }

    private Outcome waitOnce() {
        double waited = totalWaited();
        if (stopped(waited)) {
            return Outcome.GIVE_UP;
        }
        if (waited + twait > tmax * (1 + TOLERANCE) + twait * TOLERANCE) {
            if (tmax > 0) {
                report(String.format("last frame unchanged for %.1f sec. cf tmax = %.1f; will wait no more",
                        waited, tmax));
            }
            return Outcome.GIVE_UP;
        }
        report(String.format("last frame unchanged for %.1f sec. cf tmax = %.1f; will wait another"
                + " twait = %.1f sec.", waited, tmax, twait));
        try {
            pause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (stopped(waited)) {
            return Outcome.GIVE_UP;
        }
        synchronized (this) {
            waits++;
        }
        return Outcome.TRY_AGAIN;
    }

    /** Gives up, saying why, if cancelled or interrupted. */
    private boolean stopped(double waited) {
        String why = cancelled ? "cancelled" : Thread.currentThread().isInterrupted() ? "interrupted" : null;
        if (why != null) {
            report(String.format("%s after waiting %.1f sec. for a new frame; will wait no more", why, waited));
        }
        return why != null;
    }

    private void pause() throws InterruptedException {
        if (!updaters.isEmpty() && twait > 2 * tupdate) {
            int n = (int) (twait / tupdate);
            for (int i = 0; i < n && !cancelled; i++) {
                sleeper.sleep(twait / n);
                updaters.forEach(Runnable::run);
            }
        } else {
            sleeper.sleep(twait);
        }
    }

    private void report(String line) {
        if (status != null) {
            status.accept(line);
        }
    }

    private void waitOnLock(double seconds) throws InterruptedException {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        synchronized (lock) {
            long left;
            while (!cancelled && (left = deadline - System.nanoTime()) > 0) {
                lock.wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    /** Stops any wait now and makes every later decision a give-up. Safe from any thread. */
    public void cancel() {
        cancelled = true;
        synchronized (lock) {
            lock.notifyAll();
        }
    }

    /** @return true once {@link #cancel()} was called */
    public boolean isCancelled() {
        return cancelled;
    }

    /**
     * Polls until a frame arrives or this policy gives up.
     *
     * @param <T> what the spooler yields
     * @param spooler the source
     * @return the frame, or {@link Poll.End} if the run ended, or
     *     {@link Poll.NotYet} if it gave up waiting
     */
    public <T extends Frame> Poll<T> next(Spooler<T> spooler) {
        while (true) {
            Poll<T> p = spooler.poll();
            Outcome o = after(p);
            if (o == Outcome.GO_ON || o == Outcome.GIVE_UP) {
                return p;
            }
        }
    }

    /**
     * @param <T> what the spooler yields
     * @param spooler the source
     * @return an iterable that waits for new frames and ends when the run
     *     ends or this policy gives up
     */
    public <T extends Frame> Iterable<T> follow(Spooler<T> spooler) {
        Objects.requireNonNull(spooler, "spooler");
        return () -> new java.util.Iterator<T>() {
            private Poll<T> pending;

            @Override
            public boolean hasNext() {
                if (pending == null) {
                    pending = HangAbout.this.next(spooler);
                }
                return pending instanceof Poll.Ready<T>;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException("no further frame");
                }
                T f = ((Poll.Ready<T>) pending).frame();
                pending = null;
                return f;
            }
        };
    }

    /** Settings of a {@link HangAbout}. */
    public static final class Builder {
        private final double twait;
        private final double tmax;
        private double tupdate = 0.5;
        private List<Runnable> updaters = List.of();
        private Consumer<String> status;
        private Sleeper sleeper;

        private Builder(double twait, double tmax) {
            if (!(twait > 0) || !(tmax >= 0) || Double.isInfinite(twait)) {
                throw new InvalidArgumentException("hang_about needs twait > 0 and tmax >= 0, got twait="
                        + twait + ", tmax=" + tmax);
            }
            this.twait = twait;
            this.tmax = tmax;
        }

        /**
         * @param period seconds between updater runs during a long wait
         * @param tasks run every period while waiting, if twait exceeds twice the period
         * @return this builder
         */
        public Builder updaters(double period, Runnable... tasks) {
            if (!(period > 0)) {
                throw new InvalidArgumentException("tupdate must be positive, got " + period);
            }
            this.tupdate = period;
            this.updaters = List.of(tasks);
            return this;
        }

        /**
         * @param listener receives each status line
         * @return this builder
         */
        public Builder status(Consumer<String> listener) {
            this.status = listener;
            return this;
        }

        /**
         * @param s how to wait (a fake clock in tests)
         * @return this builder
         */
        public Builder sleeper(Sleeper s) {
            this.sleeper = s;
            return this;
        }

        /** @return the policy */
        public HangAbout build() {
            return new HangAbout(this);
        }
    }
}
