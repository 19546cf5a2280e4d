package io.github.hipercam.ucam.timing;

/**
 * The timing header bytes of any frame of an ULTRACAM or ULTRASPEC run, so
 * that the time of frame N can be worked out from the frames before it
 * whether N was reached in order or by a jump.
 */
@FunctionalInterface
public interface TimingWords {

    /**
     * @param frame frame number, 1-based, no greater than the frame being timed
     * @return that frame's timing header bytes ({@code 2 * headerwords} bytes)
     */
    byte[] of(int frame);
}
