package io.github.hipercam.hcam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.github.hipercam.cli.Dump;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.RunBytes;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.synth.HcamRunSpec;
import io.github.hipercam.synth.HcamRunWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader over a transport other than a file, as a file server gives it:
 * header cards without padding or NAXIS keywords, frames by number, and a
 * run that grows.
 */
class HcamRunBytesTest {

    @TempDir
    Path dir;

    /** Frames held in memory; the header is sent without END, padding or NAXISn cards. */
    private static final class MemoryBytes implements RunBytes {
        final byte[] header;
        final List<byte[]> frames = new ArrayList<>();
        final List<String> asked = new ArrayList<>();

        MemoryBytes(byte[] header) {
            this.header = header;
        }

        @Override
        public String name() {
            return "memory:run0007";
        }

        @Override
        public byte[] header() {
            return header.clone();
        }

        @Override
        public int available(int frameSize) {
            return frames.size();
        }

        @Override
        public Poll<byte[]> frame(int number, int frameSize) {
            asked.add("frame " + number);
            return number <= frames.size() ? Poll.ready(frames.get(number - 1).clone(), number) : Poll.notYet();
        }

        @Override
        public Poll<byte[]> part(int number, int frameSize, int offset, int length) {
            asked.add("part " + number + " " + offset + "+" + length);
            return RunBytes.super.part(number, frameSize, offset, length);
        }

        @Override
        public void close() {
        }
    }

    private static byte[] serverHeader(HcamRunSpec spec) {
        String cards = new String(HcamRunWriter.header(spec, 0), StandardCharsets.US_ASCII);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i + 80 <= cards.length(); i += 80) {
            String card = cards.substring(i, i + 80);
            if (card.startsWith("END ")) {
                break;
            }
            if (!card.startsWith("NAXIS")) {
                sb.append(card);
            }
        }
        return sb.toString().getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void decodesFromAnyTransportLikeFromTheFile() {
        for (HcamRunSpec spec : List.of(HcamRunSpec.of("TwoWindow").withScans(true, true).withFrames(3),
                HcamRunSpec.of("OneWindow").withNsamp(1).withFrames(3),
                HcamRunSpec.of("Drift").withNsamp(0).withDriftWindows(1).withFrames(3))) {
            Path file = HcamRunWriter.write(dir.resolve("run0007.fits"), spec, true);
            MemoryBytes mem = new MemoryBytes(serverHeader(spec));
            try (HcamRunReader fromFile = HcamRunReader.open(file, SpoolOptions.defaults());
                    HcamRunReader fromMemory = HcamRunReader.open(mem, SpoolOptions.defaults())) {
                assertEquals(fromFile.readout().frameSize(), fromMemory.readout().frameSize());
                assertInstanceOf(Poll.NotYet.class, fromMemory.read(1));
                for (int n = 1; n <= 3; n++) {
                    mem.frames.add(HcamRunWriter.frame(spec, n));
                }
                assertEquals(3, fromMemory.available());
                Mccd a = ((Poll.Ready<Mccd>) fromFile.read(2)).frame();
                Mccd b = ((Poll.Ready<Mccd>) fromMemory.read(2)).frame();
                assertEquals(a.head(), b.head());
                assertEquals(Dump.sha256(a.ccd("3").window("E1")), Dump.sha256(b.ccd("3").window("E1")));
                mem.asked.clear();
                assertEquals(a.ccd("4").head().get("MJDUTC"),
                        ((Poll.Ready<FrameTimes>) fromMemory.times(2)).frame().ccds().get(3).mjd());
                // only the timing bytes are asked for (the default part() then fetches the frame)
                assertEquals("part 2 " + (fromFile.readout().frameSize() - 36) + "+36", mem.asked.get(0));
            }
        }
    }
}
