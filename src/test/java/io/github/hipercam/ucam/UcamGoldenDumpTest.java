package io.github.hipercam.ucam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.cli.Dump;
import io.github.hipercam.synth.UcamRunSpec;
import io.github.hipercam.synth.UcamRunWriter;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.testutil.DumpMatch;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden dumps: every synthetic run (the bundled samples of testdata/ucam
 * and the runs of {@link UcamRuns}) against the document that the real
 * reference pipeline printed for it: geometry, pixel sums and hashes, and
 * MJDUTC, EXPTIME, GOODTIME, DSTATUS, TIMSTAMP of every frame, for first = 1,
 * 2 and 0.
 */
class UcamGoldenDumpTest {

    @TempDir
    static Path tmp;

    private static Path golden(String name) throws URISyntaxException {
        return Path.of(UcamGoldenDumpTest.class.getResource("golden/" + name).toURI());
    }

    static Stream<Arguments> goldens() throws IOException, URISyntaxException {
        List<Arguments> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(golden(""))) {
            for (Path p : files.sorted().toList()) {
                String[] parts = p.getFileName().toString().split("\\.");
                out.add(Arguments.of(parts[0], Integer.parseInt(parts[1].substring("first".length())), p));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} first={1}")
    @MethodSource("goldens")
    void dumpMatchesTheReferencePipeline(String run, int first, Path expected) throws IOException {
        Path dir = runDir(run);
        String doc = Dump.source("ul", dir.resolve(run).toString(), run, first, SpoolOptions.defaults());
        assertEquals(List.of(), DumpMatch.differences(expected, doc));
    }

    @Test
    void everySampleAndExtraRunHasAGoldenDocument() throws Exception {
        for (String run : UcamRunWriter.samples().keySet()) {
            assertTrue(Files.exists(golden(run + ".first1.json")), run);
        }
        for (String run : UcamRuns.extra().keySet()) {
            for (int first : new int[] {0, 1, 2}) {
                assertTrue(Files.exists(golden(run + ".first" + first + ".json")), run + " " + first);
            }
        }
    }

    @Test
    void bundledSamplesAreWhatTheWriterWrites() throws IOException {
        Path dir = tmp.resolve("regenerated");
        UcamRunWriter.writeSamples(dir, false);
        for (String run : UcamRunWriter.samples().keySet()) {
            for (String ext : List.of(".xml", ".dat")) {
                assertEquals(-1L, Files.mismatch(testdata().resolve(run + ext), dir.resolve(run + ext)), run + ext);
            }
        }
    }

    static Path testdata() {
        return Path.of("testdata", "ucam");
    }

    private static synchronized Path runDir(String run) throws IOException {
        Map<String, UcamRunSpec> extra = UcamRuns.extra();
        if (!extra.containsKey(run)) {
            return testdata();
        }
        Path dir = tmp.resolve("extra");
        if (!Files.exists(dir.resolve(run + ".dat"))) {
            UcamRunWriter.write(dir, run, extra.get(run), false);
        }
        return dir;
    }
}
