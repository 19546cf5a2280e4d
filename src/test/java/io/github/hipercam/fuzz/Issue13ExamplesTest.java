package io.github.hipercam.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.synth.HcamRunSpec;
import io.github.hipercam.synth.HcamRunWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples of issue 13, each rebuilt with its exact mutation from the
 * project's own writer and read through the public entry points, as the
 * fuzz targets read any input. The fixed ones must read or end in a
 * HipercamException. Any in {@link #OPEN} are not fixed yet: until they are
 * each must still fail as the issue reports, and once one does not, this
 * test says to move it out of {@link #OPEN}.
 */
class Issue13ExamplesTest {

    /**
     * Examples not fixed yet, with the throwable the issue reports. None: the
     * last ones (hcm NAXIS 1328240941, -1 and 1000, CCD and OUTAMP not strings)
     * were fixed when the .hcm reader moved onto fits.HduFile.
     */
    static final Map<String, String> OPEN = Map.of();

    /** An example: its format and how to make it from the format's seeds. */
    private record Example(String name, String format, Function<List<FuzzInput>, FuzzInput> make) {
    }

    @TempDir
    Path scratch;

    private static List<Example> examples() {
        List<Example> out = new ArrayList<>();
        out.add(new Example("hl: NAXIS1 = 1073741800 in a 350 kB run (a 2 GB frame buffer)", "hl", s -> fullFrame()));
        out.add(new Example("hcm: NAXIS = 1328240941 in the first window's header", "hcm",
                s -> card(s.get(1), "NAXIS", 2, "1328240941")));
        out.add(new Example("hcm: CCD = 1, not a string", "hcm", s -> card(s.get(1), "CCD", 1, "1")));
        out.add(new Example("hcm: OUTAMP = 1, not a string (the NPE in readWindow)", "hcm",
                s -> card(s.get(1), "OUTAMP", 1, "1")));
        // the issue names WINDOW too; a WINDOW that is no string already falls back to the window's number
        out.add(new Example("hcm: WINDOW = 1, not a string", "hcm", s -> card(s.get(1), "WINDOW", 1, "1")));
        out.add(new Example("hcm: NAXIS = -1", "hcm", s -> card(s.get(1), "NAXIS", 2, "-1")));
        out.add(new Example("hcm: NAXIS = 1000", "hcm", s -> card(s.get(1), "NAXIS", 2, "1000")));
        out.add(new Example("lis: a line with a NUL byte", "lis", s -> FuzzInput.of("nul", "fuzz.lis",
                "frame_001\nframe_0\u000002\nframe_003\n".getBytes(StandardCharsets.UTF_8))));
        return out;
    }

    /** A full-frame run binned 8x8, one frame, with NAXIS1 set to 1073741800 (2 bytes each). */
    private static FuzzInput fullFrame() {
        try {
            Path f = Files.createTempFile("issue13-", ".fits");
            HcamRunWriter.write(f, HcamRunSpec.of("FullFrame").withBinning(8, 8).withFrames(1), true);
            byte[] b = Files.readAllBytes(f);
            Files.delete(f);
            byte[] m = FitsMutations.setFirst(b, "NAXIS1", "1073741800");
            assertNotNull(m, "the run has NAXIS1");
            return new FuzzInput("fullframe-8x8", "NAXIS1 = 1073741800", Map.of("run.fits", m));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The n-th card of a keyword (1-based, counting every HDU) set to a value. */
    private static FuzzInput card(FuzzInput seed, String key, int nth, String value) {
        byte[] b = seed.file("frame.hcm");
        int seen = 0;
        for (int off : FitsMutations.cards(b)) {
            if (FitsMutations.key(FitsMutations.card(b, off)).equals(key) && ++seen == nth) {
                return seed.with("frame.hcm", FitsMutations.put(b, off, FitsMutations.format(key, value)),
                        key + " = " + value + " (card " + nth + ")");
            }
        }
        throw new IllegalStateException("seed " + seed.seed() + " has no card " + nth + " of " + key);
    }

    @TestFactory
    Stream<DynamicTest> eachExampleGivesADomainErrorOrIsStillOpen() {
        return examples().stream().map(e -> DynamicTest.dynamicTest(e.name(), () -> {
            Path dir = Files.createDirectories(scratch.resolve(Integer.toString(e.name().hashCode())));
            Outcome o = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
                try (FuzzTarget t = Inputs.target(e.format(), dir)) {
                    FuzzInput in = e.make().apply(t.seeds());
                    return FuzzWorker.runOne(t, in, dir.resolve("in"));
                }
            });
            String open = OPEN.get(e.name());
            if (open == null) {
                assertTrue(o.kind() == Outcome.Kind.DOMAIN || o.kind() == Outcome.Kind.OK, e.name() + ": " + o.line());
            } else {
                assertTrue(o.signature().startsWith(open), e.name() + " no longer fails with " + open + " ("
                        + o.line() + "): if it is fixed, remove it from OPEN");
            }
        }));
    }
}
