package io.github.hipercam.ucam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.cli.Dump;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.run.OpenedRun;
import io.github.hipercam.run.Runs;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.RunReader;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.testutil.DumpMatch;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A run whose .dat ends in part of a frame (sample run009, 4 frames of 19040
 * bytes with 32 timing bytes, plus a tail) against the documents the
 * reference pipeline printed: a tail shorter than the timing bytes ends the
 * spool after the last whole frame; a longer one is an error once the whole
 * frames are read; a first frame beyond the end gives no frame and stops.
 */
class UcamTruncatedRunTest {

    @TempDir
    Path tmp;

    private Path runWithTail(int tail) throws IOException {
        Path src = Path.of("testdata", "ucam");
        Files.copy(src.resolve("run009.xml"), tmp.resolve("run009.xml"));
        Files.copy(src.resolve("run009.dat"), tmp.resolve("run009.dat"));
        Files.write(tmp.resolve("run009.dat"), new byte[tail], StandardOpenOption.APPEND);
        return tmp.resolve("run009");
    }

    private static Path golden(String name) throws URISyntaxException {
        return Path.of(UcamTruncatedRunTest.class.getResource("truncated/" + name).toURI());
    }

    @ParameterizedTest(name = "tail {0} bytes, first={2}")
    @CsvSource({"20, short, 1", "20, short, 3", "20, short, 6", "100, long, 1", "100, long, 3", "100, long, 6"})
    void endsAsTheReferenceDoes(int tail, String kind, int first) throws Exception {
        Path run = runWithTail(tail);
        String doc = Dump.source("ul", run.toString(), "run009", first, SpoolOptions.defaults());
        assertEquals(List.of(), DumpMatch.differences(golden("run009-" + kind + ".first" + first + ".json"), doc));
        boolean error = tail >= 32 && first <= 4;
        assertEquals(error, doc.contains("\"end\": \"error\""), doc);
        if (error) {
            assertTrue(doc.contains("frame 5: the file ends 100 bytes into the frame"), doc);
        }
    }

    /** A .dat with no whole frame: first = 0 fails (the reference seeks before the start), first = 1 ends or fails. */
    @ParameterizedTest(name = "{0} bytes, first={1}")
    @CsvSource({"0, 0, true", "0, 1, false", "100, 0, true", "100, 1, true"})
    void noWholeFrame(int bytes, int first, boolean error) throws Exception {
        Path src = Path.of("testdata", "ucam");
        Files.copy(src.resolve("run009.xml"), tmp.resolve("run009.xml"));
        Files.write(tmp.resolve("run009.dat"), Arrays.copyOf(Files.readAllBytes(src.resolve("run009.dat")), bytes));
        String doc = Dump.source("ul", tmp.resolve("run009").toString(), "run009", first, SpoolOptions.defaults());
        assertEquals(List.of(), DumpMatch.differences(golden("run009-only" + bytes + ".first" + first + ".json"), doc));
        assertEquals(error, doc.contains("\"end\": \"error\""), doc);
    }

    @Test
    void theRandomAccessReaderStillWaitsForThePartFrame() throws Exception {
        Path run = runWithTail(100);
        try (OpenedRun rRun = Runs.open("ul", run.toString(), SpoolOptions.defaults());
                RunReader<Mccd> r = rRun.frames()) {
            assertEquals(4, r.available());
            assertInstanceOf(Poll.NotYet.class, r.read(5));
        }
    }
}
