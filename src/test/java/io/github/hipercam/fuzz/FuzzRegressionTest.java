package io.github.hipercam.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replays every saved crasher (one folder each, with {@code about.txt}
 * saying how it was made and what it did) as the campaign ran it: in a
 * forked worker JVM at -Xmx256m with 5 s per input.
 * <ul>
 * <li>{@code src/test/resources/fuzz/FORMAT/NAME/}: fixed; it must read
 * normally or end in a HipercamException.</li>
 * <li>{@code src/test/resources/fuzz/open/FORMAT/NAME/}: found but not fixed
 * yet (the hl, hcm and ul readers are being restructured). It must still
 * fail as it did; once it does not, this test says so, and the folder moves
 * up to {@code fuzz/FORMAT/} so that the fix stays.</li>
 * </ul>
 */
class FuzzRegressionTest {

    static final Path ROOT = Path.of("src", "test", "resources", "fuzz");
    static final Path OPEN = ROOT.resolve("open");

    @TempDir
    Path scratch;

    @TestFactory
    Stream<DynamicTest> fixedCrashersReadOrGiveADomainError() throws Exception {
        List<DynamicTest> out = new ArrayList<>();
        for (String format : Inputs.FORMATS) {
            List<Path> dirs = Replay.saved(ROOT, format);
            Map<Long, Outcome> got = replay(ROOT, format, dirs);
            for (int i = 0; i < dirs.size(); i++) {
                Path dir = dirs.get(i);
                Outcome o = got.get((long) i);
                out.add(DynamicTest.dynamicTest(format + "/" + dir.getFileName(), () ->
                        assertTrue(o.kind() == Outcome.Kind.OK || o.kind() == Outcome.Kind.DOMAIN,
                                format + "/" + dir.getFileName() + " gives " + o.line() + "\n" + about(dir))));
            }
        }
        assertFalse(out.isEmpty(), "no saved crashers under " + ROOT.toAbsolutePath());
        return out.stream();
    }

    @TestFactory
    Stream<DynamicTest> openCrashersStillFailAsFound() throws Exception {
        List<DynamicTest> out = new ArrayList<>();
        for (String format : Inputs.FORMATS) {
            List<Path> dirs = Replay.saved(OPEN, format);
            Map<Long, Outcome> got = replay(OPEN, format, dirs);
            for (int i = 0; i < dirs.size(); i++) {
                Path dir = dirs.get(i);
                Outcome o = got.get((long) i);
                out.add(DynamicTest.dynamicTest("open/" + format + "/" + dir.getFileName(), () ->
                        assertTrue(o.kind() != Outcome.Kind.OK && o.kind() != Outcome.Kind.DOMAIN,
                                "open/" + format + "/" + dir.getFileName() + " is fixed (" + o.line() + "): move it to "
                                + ROOT.resolve(format) + " so that it stays fixed, and the smoke run stops"
                                + " tolerating its signature")));
            }
        }
        return out.stream();
    }

    /** Runs saved inputs as the campaign runs its own: in a worker JVM at -Xmx256m, 5 s each. */
    private Map<Long, Outcome> replay(Path root, String format, List<Path> dirs) throws Exception {
        if (dirs.isEmpty()) {
            return Map.of();
        }
        FuzzCampaign.Options o = FuzzCampaign.Options.replay(format, root, scratch.resolve(root.getFileName()
                + "-" + format));
        FuzzCampaign.Tally t = FuzzCampaign.run(o, format, System.out);
        assertEquals(dirs.size(), t.outcomes.size(), "every saved input of " + format + " replayed");
        return t.outcomes;
    }

    private static String about(Path dir) throws IOException {
        Path a = dir.resolve(Replay.ABOUT);
        return Files.exists(a) ? Files.readString(a) : "";
    }

    /**
     * @param format a format
     * @return the signatures ({@code KIND name}) recorded by its open crashers
     */
    static Set<String> openSignatures(String format) {
        Set<String> out = new LinkedHashSet<>();
        for (Path dir : Replay.saved(OPEN, format)) {
            try {
                for (String line : Files.readAllLines(dir.resolve(Replay.ABOUT))) {
                    if (line.startsWith("found: ")) {
                        out.add(line.substring("found: ".length()).strip());
                    } else if (line.startsWith("also: ")) {
                        out.add(line.substring("also: ".length()).strip());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }
}
