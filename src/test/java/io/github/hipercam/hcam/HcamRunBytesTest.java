package io.github.hipercam.hcam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.github.hipercam.cli.Dump;
import io.github.hipercam.format.FrameAccess;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.run.OpenedRun;
import io.github.hipercam.run.RawFrames;
import io.github.hipercam.run.Runs;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.RunReader;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.synth.HcamRunSpec;
import io.github.hipercam.synth.HcamRunWriter;
import io.github.hipercam.testutil.MemoryRuns;
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

    /** Records which parts of which frames are asked for, passing the asks on to a run's raw frames. */
    private static final class Recording implements FrameAccess {
        final RawFrames frames;
        final List<String> asked = new ArrayList<>();

        Recording(RawFrames frames) {
            this.frames = frames;
        }

        @Override
        public String name() {
            return frames.name();
        }

        @Override
        public Poll<byte[]> part(int number, int offset, int length) {
            asked.add("part " + number + " " + offset + "+" + length);
            return frames.part(number, offset, length);
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
        int i = 0;
        for (HcamRunSpec spec : List.of(HcamRunSpec.of("TwoWindow").withScans(true, true).withFrames(3),
                HcamRunSpec.of("OneWindow").withNsamp(1).withFrames(3),
                HcamRunSpec.of("Drift").withNsamp(0).withDriftWindows(1).withFrames(3))) {
            Path file = HcamRunWriter.write(dir.resolve("run0007.fits"), spec, true);
            // the header is sent without END, padding or NAXISn cards
            String name = "HcamRunBytesTest-run0007-" + i++;
            MemoryRuns.Run mem = MemoryRuns.define(name, serverHeader(spec));
            try (OpenedRun onFile = Runs.open("hl", file.toString(), SpoolOptions.defaults());
                    OpenedRun inMemory = Runs.open("hipercam:memory", name, SpoolOptions.defaults())) {
                RunReader<Mccd> fromFile = onFile.frames();
                RunReader<Mccd> fromMemory = inMemory.frames();
                int size = onFile.raw().frameSize();
                assertEquals(size, inMemory.raw().frameSize());
                assertInstanceOf(Poll.NotYet.class, fromMemory.read(1));
                for (int n = 1; n <= 3; n++) {
                    mem.append(HcamRunWriter.frame(spec, n));
                }
                assertEquals(3, fromMemory.available());
                Mccd a = ((Poll.Ready<Mccd>) fromFile.read(2)).frame();
                Mccd b = ((Poll.Ready<Mccd>) fromMemory.read(2)).frame();
                assertEquals(a.head(), b.head());
                assertEquals(Dump.sha256(a.ccd("3").window("E1")), Dump.sha256(b.ccd("3").window("E1")));
                Recording asked = new Recording(inMemory.raw());
                HcamReadout readout = HcamReadout.parse(inMemory.raw().header(), inMemory.name(), true);
                assertEquals(a.ccd("4").head().get("MJDUTC"),
                        ((Poll.Ready<FrameTimes>) HcamTbytesSpool.times(readout, asked, 2)).frame().ccds().get(3)
                                .mjd());
                // only the timing bytes are asked for
                assertEquals(List.of("part 2 " + (size - 36) + "+36"), asked.asked);
            }
        }
    }
}
