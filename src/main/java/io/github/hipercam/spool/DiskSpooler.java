package io.github.hipercam.spool;

import io.github.hipercam.model.Frame;

/**
 * A spool of a local file read as the reference pipeline's disk spools read
 * it: from {@code first >= 1} they never wait, so when the file holds no
 * further whole frame the spool ends, whether or not the run is still being
 * written. This wrapper turns the inner spool's {@link Poll.NotYet} into
 * {@link Poll.End}; frames pass unchanged.
 *
 * <p>To follow a run that is still being written instead, open it with
 * {@link SpoolOptions#withFollow(boolean) follow} set: instruments then give
 * the inner spool itself, whose "not yet" lets a {@link HangAbout} wait.
 *
 * @param <T> what the spool yields
 */
public final class DiskSpooler<T extends Frame> implements Spooler<T> {

    private final Spooler<T> inner;

    private DiskSpooler(Spooler<T> inner) {
        this.inner = inner;
    }

    /**
     * @param <T> what the spool yields
     * @param inner the spool of the file's frames
     * @param first where it starts: from 0 and below (the last frames,
     *     always followed, as in the reference) the inner spool is returned as it is
     * @param options whether to follow a growing file
     * @return the spool
     */
    public static <T extends Frame> Spooler<T> of(Spooler<T> inner, int first, SpoolOptions options) {
        return first >= 1 && !options.follow() ? new DiskSpooler<>(inner) : inner;
    }

    @Override
    public Poll<T> poll() {
        Poll<T> p = inner.poll();
        return p instanceof Poll.NotYet<T> ? Poll.end() : p;
    }

    @Override
    public void close() {
        inner.close();
    }
}
