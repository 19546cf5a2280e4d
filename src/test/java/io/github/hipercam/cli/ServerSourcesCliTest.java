package io.github.hipercam.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.model.CcdPars;
import io.github.hipercam.run.Spoolers;
import io.github.hipercam.server.FileServer;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.testutil.DumpMatch;
import io.github.hipercam.testutil.ReferenceData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server sources {@code hs} and {@code us} through the command line,
 * against our own file server on 127.0.0.1: the address from
 * {@code --url} or from the (injected) environment, dumps equal to the
 * reference documents of the local runs, get_ccd_pars, and grab over a server.
 */
class ServerSourcesCliTest {

    /**
     * The one expected difference: a server cannot say that a run is
     * finished, so its spool ends with "nothing new" where the local file's
     * ends with "stop".
     */
    private static final List<String> SERVER_END = List.of("$.end: stop != none");

    @TempDir
    Path out;

    private static Path reference(String folder) {
        return ReferenceData.folder(folder);
    }

    private static FileServer serve(Path dir) {
        return FileServer.start(FileServer.Config.of(dir).withPort(0).withLog(s -> { }));
    }

    @Test
    void hsTakesItsAddressFromTheEnvironment() throws Exception {
        Path dir = reference("hcam-twowin-bin2-scans");
        try (FileServer server = serve(dir)) {
            Map<String, String> env = Map.of("HIPERCAM_DEFAULT_URL", server.hipercamBase(),
                    "HIPERCAM_DEFAULT_SOURCE", "hs");
            CliRun r = CliRun.of(env, null, "dump", "run0004", "--first", "3", "--timeout", "20");
            assertEquals(0, r.code(), r.err());
            assertEquals(SERVER_END, DumpMatch.differences(dir.resolve("expected.hl-first3.json"), r.out()));
            SpoolOptions o = SpoolOptions.defaults().withServerUrl(server.hipercamBase());
            assertEquals(5, Spoolers.ccdPars("hs", "run0004", o).size());
        }
    }

    @Test
    void usWithUrlGivenEqualsTheLocalRun() throws Exception {
        Path dir = reference("ucam-1pair");
        try (FileServer server = serve(dir)) {
            String url = server.httpBase().toString();
            CliRun r = CliRun.of(Map.of("ULTRACAM_DEFAULT_URL", "http://127.0.0.1:1/"), null,
                    "dump", "us", "run012", "--url", url, "--timeout", "20");
            assertEquals(0, r.code(), r.err());
            assertEquals(SERVER_END, DumpMatch.differences(dir.resolve("expected.ul.json"), r.out()));
            List<CcdPars> pars = Spoolers.ccdPars("us", "run012", SpoolOptions.defaults().withServerUrl(url));
            assertEquals(List.of(new CcdPars("1", 1080, 1032, 56, 8), new CcdPars("2", 1080, 1032, 56, 8),
                    new CcdPars("3", 1080, 1032, 56, 8)), pars);
        }
    }

    @Test
    void grabAndTailOverAServer() throws Exception {
        Path dir = reference("ucam-1pair");
        try (FileServer server = serve(dir)) {
            String url = server.httpBase().toString();
            CliRun g = CliRun.of(Map.of(), s -> { }, "grab", "us", "run012", "--url", url, "--first", "2",
                    "--last", "4", "--dir", out.toString(), "--no-progress", "--timeout", "20");
            assertEquals(0, g.code(), g.err());
            try (Stream<Path> s = Files.list(out)) {
                assertEquals(List.of("run012_002.hcm", "run012_003.hcm", "run012_004.hcm"),
                        s.map(p -> p.getFileName().toString()).sorted().toList());
            }
            CliRun t = CliRun.of(Map.of("ULTRACAM_DEFAULT_URL", url), s -> { }, "tail", "us", "run012",
                    "--first", "0", "--tmax", "0", "--timeout", "20");
            assertEquals(0, t.code(), t.err());
            assertTrue(t.out().startsWith("frame      5  MJDUTC "), t.out());
            assertEquals(1, t.out().split("\n").length, t.out());
        }
    }
}
