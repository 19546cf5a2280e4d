package io.github.hipercam.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.hipercam.testutil.DumpMatch;
import io.github.hipercam.testutil.ReferenceData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code dump --source hf} and {@code dump --source rhcam}, run through the
 * command line with {@code --chdir}, print what the reference pipeline printed
 * for every {@code .hcm} folder of the reference data.
 */
class ReferenceHcmCliTest {

    /**
     * What each expected document was made from (reference-data/README.md).
     *
     * @param folder reference folder
     * @param expected expected document
     * @param source source code
     * @param resource resource as given to the reference
     */
    record Case(String folder, String expected, String source, String resource) {
        @Override
        public String toString() {
            return folder + "/" + expected;
        }
    }

    static final List<Case> CASES = List.of(
            new Case("hcm-mccd-f32", "expected.hf.json", "hf", "frame.lis"),
            new Case("hcm-mccd-f32", "expected.rhcam.json", "rhcam", "frame_001.hcm"),
            new Case("hcm-ccd-f64", "expected.rhcam.json", "rhcam", "one_001.hcm"));

    private static Path reference() {
        return ReferenceData.root();
    }

    static Stream<Case> cases() {
        return CASES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void dumpEqualsTheReference(Case c) throws Exception {
        Path dir = reference().resolve(c.folder());
        CliRun run = CliRun.of("dump", "--source", c.source(), "--resource", c.resource(), "--chdir", dir.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err());
        assertEquals(List.of(), DumpMatch.differences(dir.resolve(c.expected()), run.out()));
    }

    @Test
    void everyExpectedHcmDocumentIsCovered() throws IOException {
        Path ref = reference();
        List<String> found;
        try (Stream<Path> s = Files.walk(ref, 2)) {
            found = s.filter(p -> p.getFileName().toString().matches("expected\\..*\\.json"))
                    .filter(p -> p.getParent().getFileName().toString().startsWith("hcm-"))
                    .map(p -> p.getParent().getFileName() + "/" + p.getFileName()).sorted().toList();
        }
        assertEquals(found, CASES.stream().map(Case::toString).sorted().toList());
    }

    @Test
    void positionalArgumentsGiveTheSameDocument() throws Exception {
        Path dir = reference().resolve("hcm-mccd-f32");
        CliRun run = CliRun.of("dump", "hf", dir.resolve("frame.lis").toString());
        assertEquals(List.of(), DumpMatch.differences(dir.resolve("expected.hf.json"), run.out()));
    }
}
