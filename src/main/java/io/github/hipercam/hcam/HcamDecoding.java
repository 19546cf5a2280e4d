package io.github.hipercam.hcam;

import io.github.hipercam.format.Decoding;
import io.github.hipercam.format.FrameAccess;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.spool.Poll;

/**
 * Decodes the frames of one opened HiPERCAM run ({@link HcamDecoder}), and
 * reports dropped frames: a warning (System.Logger, level WARNING) when a
 * frame's counter shows that frames were lost just before it. A counter ahead
 * of the frame's position is compared with the previous frame's counter, read
 * from its timing bytes, so one drop is reported once, at the frame after the
 * gap, however the frames are reached. Frames are timed from their own bytes
 * alone, so the timing history is not needed.
 */
final class HcamDecoding implements Decoding {

    private static final System.Logger LOG = System.getLogger(HcamDecoding.class.getName());

    private final HcamReadout readout;
    private final FrameAccess frames;
    private final HcamDecoder.Prepared prepared;

    HcamDecoding(HcamReadout readout, FrameAccess frames) {
        this.readout = readout;
        this.frames = frames;
        this.prepared = HcamDecoder.prepare(readout);
    }

    @Override
    public Mccd decode(byte[] frame, int number, int timingFrom) {
        Mccd out = HcamDecoder.decode(readout, prepared, frame, number);
        checkDrops(number, FrameStamp.decode(frame, readout.frameSize()));
        return out;
    }

    private void checkDrops(int number, FrameStamp stamp) {
        long counter = stamp.frameNumber();
        if (counter == number || !LOG.isLoggable(System.Logger.Level.WARNING)) {
            return;
        }
        long before = number - 1;
        if (number > 1) {
            int size = readout.frameSize();
            Poll<byte[]> p = frames.part(number - 1, size - FrameStamp.BYTES, FrameStamp.BYTES);
            if (p instanceof Poll.Ready<byte[]> r && r.frame().length == FrameStamp.BYTES) {
                before = FrameStamp.decode(r.frame(), FrameStamp.BYTES).frameNumber();
            }
        }
        long dropped = counter - before - 1;
        if (dropped != 0) {
            LOG.log(System.Logger.Level.WARNING, "{0}, frame {1}: frame counter {2} follows {3}; {4}",
                    frames.name(), number, counter, before, dropped > 0 ? dropped
                            + " frame(s) seem to have been dropped" : "the counter went backwards");
        }
    }
}
