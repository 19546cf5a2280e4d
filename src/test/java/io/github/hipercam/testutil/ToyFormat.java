package io.github.hipercam.testutil;

import io.github.hipercam.FormatException;
import io.github.hipercam.format.Decoding;
import io.github.hipercam.format.FrameAccess;
import io.github.hipercam.format.RawHeader;
import io.github.hipercam.format.Readout;
import io.github.hipercam.format.RunFormat;
import io.github.hipercam.model.CcdPars;
import io.github.hipercam.spi.Layout;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.synth.SynthHcm;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A third-party format as a plugin author would write one, registered from
 * {@code src/test/resources/META-INF/services}: its header is the text
 * {@code TOYCAM n} (n CCDs), each frame four bytes holding its frame number,
 * decoded to {@link SynthHcm#frame(int, int)}. {@link #run} makes such a run
 * in memory ({@code toycam:memory}).
 */
public class ToyFormat implements RunFormat<ToyFormat.Toy> {

    /** The layout of toy runs. */
    public static final Layout LAYOUT = new Layout("toy");

    /** @param nccd CCDs per frame */
    public record Toy(int nccd) implements Readout {
        @Override
        public int frameSize() {
            return 4;
        }

        @Override
        public List<CcdPars> ccdPars() {
            List<CcdPars> out = new ArrayList<>();
            for (int c = 1; c <= nccd; c++) {
                out.add(new CcdPars(Integer.toString(c), 2048, 1024, 50, 8));
            }
            return out;
        }
    }

    @Override
    public String name() {
        return "toycam";
    }

    @Override
    public Layout layout() {
        return LAYOUT;
    }

    @Override
    public boolean recognises(byte[] start) {
        return new String(start, StandardCharsets.US_ASCII).startsWith("TOYCAM ");
    }

    @Override
    public Toy parse(RawHeader header, SpoolOptions options) {
        String text = new String(header.bytes(), StandardCharsets.US_ASCII);
        if (!text.startsWith("TOYCAM ")) {
            throw new FormatException(header.name() + ": not a toy run");
        }
        return new Toy(Integer.parseInt(text.substring(7).strip()));
    }

    @Override
    public Decoding decoding(Toy readout, FrameAccess frames) {
        return (frame, number, from) -> SynthHcm.frame(readout.nccd(), ByteBuffer.wrap(frame).getInt());
    }

    /**
     * @param name resource name
     * @param nccd CCDs per frame
     * @param written frames written so far
     * @param finished true if no more frames will come
     * @return the run in memory
     */
    public static MemoryRuns.Run run(String name, int nccd, int written, boolean finished) {
        MemoryRuns.Run r = MemoryRuns.define(name, ("TOYCAM " + nccd).getBytes(StandardCharsets.US_ASCII));
        grow(r, 0, written);
        if (finished) {
            r.finish();
        }
        return r;
    }

    /**
     * @param run a toy run
     * @param from frames written before
     * @param to frames written after
     */
    public static void grow(MemoryRuns.Run run, int from, int to) {
        for (int n = from + 1; n <= to; n++) {
            run.append(ByteBuffer.allocate(4).putInt(n).array());
        }
    }
}
