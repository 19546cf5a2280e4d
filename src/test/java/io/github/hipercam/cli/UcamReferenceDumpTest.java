package io.github.hipercam.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.testutil.DumpMatch;
import io.github.hipercam.testutil.ReferenceData;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** dump --source ul matches every ULTRACAM/ULTRASPEC document of the reference data. */
class UcamReferenceDumpTest {

    @ParameterizedTest(name = "{0} {1} first={2}")
    @CsvSource({
        "ucam-1pair, run012, 1, expected.ul.json",
        "ucam-1pair, run012, 2, expected.ul-first2.json",
        "ucam-1pair, run012, 0, expected.ul-last.json",
        "uspec-1-normal, run030, 1, expected.ul.json",
    })
    void matchesTheReferencePipeline(String folder, String run, int first, String expected) throws Exception {
        Path dir = ReferenceData.folder(folder);
        String doc = Dump.source("ul", dir.resolve(run).toString(), run, first, SpoolOptions.defaults());
        assertEquals(List.of(), DumpMatch.differences(dir.resolve(expected), doc));
    }
}
