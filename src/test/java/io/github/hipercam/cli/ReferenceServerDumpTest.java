package io.github.hipercam.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.server.FileServer;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.testutil.DumpMatch;
import io.github.hipercam.testutil.ReferenceData;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reference runs read through our server with {@code hs} and
 * {@code us} give the documents the reference pipeline printed for the disk
 * sources, frame for frame. The one difference is {@code end}: a server never
 * says that a run has ended, so a live source ends with "none" where the
 * disk source ends with "stop" (as the reference's own server sources do).
 */
class ReferenceServerDumpTest {

    @ParameterizedTest
    @CsvSource({
        "hcam-twowin-bin2-scans, hs, run0004, 1, expected.hl.json",
        "hcam-twowin-bin2-scans, hs, run0004, 3, expected.hl-first3.json",
        "hcam-onewin-nsamp1-nskip, hs, run0003, 1, expected.hl.json",
        "hcam-onewin-nsamp1-nskip, hs, run0003, 4, expected.hl-first4.json",
        "ucam-1pair, us, run012, 1, expected.ul.json",
        "ucam-1pair, us, run012, 2, expected.ul-first2.json",
        "ucam-1pair, us, run012, 0, expected.ul-last.json",
        "uspec-1-normal, us, run030, 1, expected.ul.json"})
    void serverDumpMatchesTheReferenceDiskDump(String folder, String source, String run, int first, String expected)
            throws Exception {
        Path dir = ReferenceData.folder(folder);
        try (FileServer server = FileServer.start(FileServer.Config.of(dir).withPort(0).withLog(s -> { }))) {
            String base = source.equals("hs") ? server.hipercamBase() : server.httpBase().toString();
            String doc = Dump.source(source, run, run, first,
                    SpoolOptions.defaults().withServerUrl(base).withTimeout(Duration.ofSeconds(20)));
            List<String> diffs = DumpMatch.differences(dir.resolve(expected), doc);
            assertTrue(doc.contains("\"end\": \"none\""), doc.substring(Math.max(0, doc.length() - 300)));
            assertEquals(List.of(), diffs.stream().filter(d -> !d.startsWith("$.end")).toList());
            assertTrue(diffs.size() <= 1, diffs.toString());
        }
    }
}
