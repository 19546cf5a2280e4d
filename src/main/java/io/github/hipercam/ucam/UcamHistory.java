package io.github.hipercam.ucam;

import io.github.hipercam.InvalidArgumentException;

/**
 * Which earlier frames the time of a frame may draw on.
 *
 * <p>Several ULTRACAM and ULTRASPEC modes time a frame from the GPS stamps
 * of the frames before it. The reference keeps those stamps in the state of
 * its timing function while it reads, and forgets them whenever the frames it
 * reads are not consecutive, so the time it gives frame N depends on where
 * its reading began. Here the start of that history is stated instead, and
 * the earlier frames' timing words are read from the run when needed, so
 * that frame N's time is the same whether N is reached in order or by a jump:
 * <ul>
 *   <li>{@link #fromFrame(int) fromFrame(1)}: the whole run; what the
 *       reference gives when it reads the run in order from its first frame;</li>
 *   <li>{@code fromFrame(f)}: what the reference gives when it starts reading
 *       at frame f (a spool with {@code first = f});</li>
 *   <li>{@link #atFirstRead()}: from the first frame the reader is asked for,
 *       as for spools that start at the last frame ({@code first <= 0}).</li>
 * </ul>
 * A frame before the start of the history is timed as the first of one.
 *
 * @param from first frame of the history, or 0 for "the first frame read"
 */
public record UcamHistory(int from) {

    private static final UcamHistory FIRST_READ = new UcamHistory(0);
    private static final UcamHistory WHOLE = new UcamHistory(1);

    /** Rejects negative frames. */
    public UcamHistory {
        if (from < 0) {
            throw new InvalidArgumentException("a history starts at frame 1 or later, got " + from);
        }
    }

    /**
     * @param frame first frame of the history, 1 or more
     * @return the history from that frame
     */
    public static UcamHistory fromFrame(int frame) {
        if (frame < 1) {
            throw new InvalidArgumentException("a history starts at frame 1 or later, got " + frame);
        }
        return frame == 1 ? WHOLE : new UcamHistory(frame);
    }

    /** @return the history of the whole run */
    public static UcamHistory whole() {
        return WHOLE;
    }

    /** @return the history from the first frame a reader is asked for */
    public static UcamHistory atFirstRead() {
        return FIRST_READ;
    }

    /**
     * The history of the frames of a spool, as the reference's sequential read gives it.
     *
     * @param first the spool's {@code first}: 1 or more, or 0 / negative for "from the end"
     * @return the matching history
     */
    public static UcamHistory forSpool(int first) {
        return first >= 1 ? fromFrame(first) : FIRST_READ;
    }
}
