package io.github.hipercam.hcam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.cli.Dump;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.run.OpenedRun;
import io.github.hipercam.run.Runs;
import io.github.hipercam.run.Spoolers;
import io.github.hipercam.server.FileServer;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.RunReader;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.spool.Spooler;
import io.github.hipercam.synth.HcamRunSpec;
import io.github.hipercam.synth.HcamRunWriter;
import io.github.hipercam.testutil.SameFrames;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Source {@code hs} through the project's own server gives, for every readout
 * case of the golden tests and every meaning of {@code first}, the frames
 * (pixels, headers and times) that source {@code hl} gives from the same file.
 */
class HcamServerSpoolTest {

    @TempDir
    static Path dir;
    private static FileServer server;
    private static SpoolOptions hs;
    private static final List<String> RUNS = new ArrayList<>();

    @BeforeAll
    static void serveEveryCase() {
        int i = 1;
        for (Map.Entry<String, HcamRunSpec> e : HcamGoldenCases.CASES.entrySet()) {
            String run = String.format("run%04d", i++);
            HcamRunWriter.write(dir.resolve(run + ".fits"), e.getValue(), true);
            RUNS.add(run);
        }
        server = FileServer.start(FileServer.Config.of(dir).withPort(0).withLog(s -> { }));
        hs = SpoolOptions.defaults().withServerUrl(server.hipercamBase()).withTimeout(Duration.ofSeconds(20));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String frames(String source, String resource, int first, SpoolOptions o) {
        String doc = Dump.source(source, resource, "run", first, o);
        return doc.substring(doc.indexOf("\"type\""), doc.lastIndexOf("\"end\""));
    }

    @Test
    void everyCaseAndEveryFirstGivesTheDiskFrames() {
        for (String run : RUNS) {
            String disk = dir.resolve(run).toString();
            for (int first : new int[] {1, 2, 0, -1}) {
                String expected = frames("hl", disk, first, SpoolOptions.defaults());
                assertTrue(expected.contains("\"index\": 1"), run + " first " + first + " has frames");
                assertEquals(expected, frames("hs", run, first, hs), run + ", first = " + first);
            }
            assertEquals(frames("hl", disk, 1, SpoolOptions.defaults().withFull(false)),
                    frames("hs", run, 1, hs.withFull(false)), run + ", minimal headers");
        }
    }

    @Test
    void randomAccessGivesTheSameFramesAsDisk() {
        for (String run : RUNS) {
            try (OpenedRun diskRun = Runs.open("hl", dir.resolve(run).toString(), SpoolOptions.defaults());
                    RunReader<Mccd> disk = diskRun.frames();
                    OpenedRun netRun = Runs.open("hs", run, hs);
                    RunReader<Mccd> net = netRun.frames()) {
                int n = disk.available();
                assertEquals(n, net.available(), run);
                for (int k : new int[] {n, 1, Math.max(1, n - 1), n}) {
                    SameFrames.assertSame(ready(disk.read(k)), ready(net.read(k)), run + " frame " + k);
                }
                assertInstanceOf(Poll.NotYet.class, net.read(n + 1), "a server never says the run has ended");
            }
        }
        assertEquals(Spoolers.ccdPars("hl", dir.resolve(RUNS.get(0)).toString()), Spoolers.ccdPars("hs", RUNS.get(0), hs));
    }

    @Test
    void growingRunIsFollowedWithFirstZeroAndFirstNegative() {
        HcamRunSpec spec = HcamRunSpec.of("TwoWindow").withFrames(5);
        Path file = dir.resolve("run0100.fits");
        try (HcamRunWriter.Growing w = HcamRunWriter.start(file, spec, 0, true);
                Spooler<Mccd> last = Spoolers.open("hs", "run0100", 0, hs);
                Spooler<Mccd> behind = Spoolers.open("hs", "run0100", -1, hs);
                OpenedRun diskRun = Runs.open("hl", dir.resolve("run0100").toString(),
                        SpoolOptions.defaults());
                RunReader<Mccd> disk = diskRun.frames()) {
            assertInstanceOf(Poll.NotYet.class, last.poll());
            w.appendFrames(2);
            w.appendBytes(HcamRunWriter.frameSize(spec) / 2);
            SameFrames.assertSame(ready(disk.read(2)), ready(last.poll()), "last after 2");
            assertInstanceOf(Poll.NotYet.class, last.poll());
            SameFrames.assertSame(ready(disk.read(1)), ready(behind.poll()), "one behind after 2");
            assertInstanceOf(Poll.NotYet.class, behind.poll());
            w.appendFrames(2);
            SameFrames.assertSame(ready(disk.read(4)), ready(last.poll()), "last after 4");
            SameFrames.assertSame(ready(disk.read(3)), ready(behind.poll()), "one behind after 4");
            w.appendFrames(1);
            w.finish();
            SameFrames.assertSame(ready(disk.read(5)), ready(last.poll()), "last after 5");
            assertInstanceOf(Poll.NotYet.class, last.poll());
        }
    }

    private static Mccd ready(Poll<Mccd> p) {
        return assertInstanceOf(Poll.Ready.class, p).frame() instanceof Mccd m ? m : null;
    }
}
