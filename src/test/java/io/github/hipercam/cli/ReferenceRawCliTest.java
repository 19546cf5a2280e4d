package io.github.hipercam.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.format.Formats;
import io.github.hipercam.testutil.DumpMatch;
import io.github.hipercam.testutil.MiniJson;
import io.github.hipercam.testutil.ReferenceData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code dump SOURCE RESOURCE --first N --chdir DIR} on every raw run of the
 * reference data prints what the reference pipeline printed. Each case
 * names the built-in instrument that reads it, and fails if that
 * instrument is not registered.
 */
class ReferenceRawCliTest {

    /**
     * @param folder reference folder
     * @param expected expected document
     * @param source source code
     * @param resource run name
     * @param first first frame
     * @param instrument the instrument that reads it
     */
    record Case(String folder, String expected, String source, String resource, int first, String instrument) {
        @Override
        public String toString() {
            return folder + "/" + expected;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("hcam-twowin-bin2-scans", "expected.hl.json", "hl", "run0004", 1, "hipercam"),
                new Case("hcam-twowin-bin2-scans", "expected.hl-first3.json", "hl", "run0004", 3, "hipercam"),
                new Case("hcam-onewin-nsamp1-nskip", "expected.hl.json", "hl", "run0003", 1, "hipercam"),
                new Case("hcam-onewin-nsamp1-nskip", "expected.hl-first4.json", "hl", "run0003", 4, "hipercam"),
                new Case("ucam-1pair", "expected.ul.json", "ul", "run012", 1, "ultracam"),
                new Case("ucam-1pair", "expected.ul-first2.json", "ul", "run012", 2, "ultracam"),
                new Case("ucam-1pair", "expected.ul-last.json", "ul", "run012", 0, "ultracam"),
                new Case("uspec-1-normal", "expected.ul.json", "ul", "run030", 1, "ultracam"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void dumpEqualsTheReference(Case c) throws Exception {
        Path dir = ReferenceData.folder(c.folder());
        assertTrue(Formats.names().contains(c.instrument()), c.instrument() + " is not registered");
        CliRun run = CliRun.of("dump", c.source(), c.resource(), "--first", Integer.toString(c.first()),
                "--chdir", dir.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals(List.of(), DumpMatch.differences(dir.resolve(c.expected()), run.out()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"hcam-twowin-bin2-scans, hl, run0004, hipercam, TwoWindow, 4, 5",
        "ucam-1pair, ul, run012, ultracam, 1-PAIR, 5, 3",
        "uspec-1-normal, ul, run030, ultracam, USPEC-1, 4, 1"})
    void infoGivesModeFramesAndCcds(String folder, String source, String run, String instrument, String mode,
            int frames, int nccd) {
        Path dir = ReferenceData.folder(folder);
        assertTrue(Formats.names().contains(instrument), instrument + " is not registered");
        CliRun r = CliRun.of("info", source, run, "--chdir", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\nmode      : " + mode + "\n"), r.out());
        assertTrue(r.out().contains("\nframes    : " + frames + " complete\n"), r.out());
        assertEquals(nccd, r.out().split("unbinned at most").length - 1, r.out());
        assertTrue(r.out().contains("\nlast      : frame " + String.format("%6d", frames) + "  MJDUTC "), r.out());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"hcam-twowin-bin2-scans, hl, run0004, hipercam", "ucam-1pair, ul, run012, ultracam",
        "uspec-1-normal, ul, run030, ultracam"})
    @SuppressWarnings("unchecked")
    void tailPrintsTheTimesOfTheReference(String folder, String source, String run, String instrument)
            throws Exception {
        Path dir = ReferenceData.folder(folder);
        assertTrue(Formats.names().contains(instrument), instrument + " is not registered");
        Map<String, Object> doc = (Map<String, Object>) MiniJson.parse(
                Files.readString(dir.resolve("expected." + source + ".json")));
        List<Map<String, Object>> frames = (List<Map<String, Object>>) doc.get("frames");
        CliRun r = CliRun.of(Map.of(), s -> { }, "tail", source, run, "--chdir", dir.toString(), "--tmax", "0");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals(frames.size(), lines.length, r.out());
        for (int i = 0; i < lines.length; i++) {
            Map<String, Object> head = (Map<String, Object>) frames.get(i).get("head");
            double expected = ((Number) head.get("MJDUTC")).doubleValue();
            String[] words = lines[i].trim().split("\\s+");
            assertEquals("MJDUTC", words[2], lines[i]);
            assertEquals(expected, Double.parseDouble(words[3]), 1e-11, lines[i]);
        }
        // a finished HiPERCAM file says it is finished; ULTRACAM files have no end mark, so a followed
        // ULTRACAM run stops when nothing new comes within --tmax
        String end = source.equals("hl") ? "tail: the run has ended after " : "tail: no new frame; stopped after ";
        assertTrue(r.err().endsWith(end + frames.size() + " frame(s)\n"), r.err());
    }
}
