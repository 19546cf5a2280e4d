package io.github.hipercam.run;

import io.github.hipercam.model.Frame;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.Spooler;
import java.util.function.Supplier;

/** A spool that owns its run: closing the spool closes the run too. */
final class Owning<T extends Frame> implements Spooler<T> {

    private final Spooler<T> inner;
    private final OpenedRun run;

    private Owning(Spooler<T> inner, OpenedRun run) {
        this.inner = inner;
        this.run = run;
    }

    /**
     * @param <T> what the spool yields
     * @param run the run, closed if the spool cannot be made
     * @param spool makes the spool
     * @return the owning spool
     */
    static <T extends Frame> Spooler<T> of(OpenedRun run, Supplier<Spooler<T>> spool) {
        try {
            return new Owning<>(spool.get(), run);
        } catch (RuntimeException e) {
            try {
                run.close();
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    @Override
    public Poll<T> poll() {
        return inner.poll();
    }

    @Override
    public void close() {
        try {
            inner.close();
        } finally {
            run.close();
        }
    }
}
