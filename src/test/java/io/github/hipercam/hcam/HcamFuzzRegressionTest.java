package io.github.hipercam.hcam;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.hipercam.cli.Dump;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.testutil.DumpMatch;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The disagreements with the reference pipeline that differential testing
 * found, each on a small run: our dump must equal the reference's
 * (frames, sums, hashes, times, and how the dump ends).
 */
class HcamFuzzRegressionTest {

    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        return HcamFuzzCases.CASES.entrySet().stream()
                .flatMap(e -> e.getValue().firsts().stream().map(f -> Arguments.of(e.getKey(), f)));
    }

    @ParameterizedTest(name = "{0} first={1}")
    @MethodSource("cases")
    void dumpMatchesReference(String name, int first) throws Exception {
        Path run = HcamFuzzCases.write(HcamFuzzCases.CASES.get(name), dir.resolve("run0001.fits"));
        String doc = Dump.source("hl", dir.resolve("run0001").toString(), "run0001", first,
                SpoolOptions.defaults());
        Path expected = Path.of(getClass().getResource("/hcam-fuzz/" + name + ".first" + first + ".json").toURI());
        assertEquals(List.of(), DumpMatch.differences(expected, doc), run.toString());
    }
}
