package io.github.hipercam.spool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.format.Formats;
import io.github.hipercam.model.CcdPars;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.run.Spoolers;
import io.github.hipercam.testutil.ReferenceData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built-in raw sources through the generic API: get_ccd_pars for each,
 * and grab → hf round trips from the reference runs. Both instruments are
 * built in, so an unregistered one is a failure.
 */
class RawSourcesTest {

    @TempDir
    Path dir;

    private static Path reference(String folder) {
        return ReferenceData.folder(folder);
    }

    private static void need(String instrument) {
        assertTrue(Formats.names().contains(instrument), instrument + " is not registered");
    }

    private static List<CcdPars> same(int n, int nx, int ny, int xpad, int ypad) {
        List<CcdPars> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(new CcdPars(Integer.toString(i), nx, ny, xpad, ypad));
        }
        return out;
    }

    @Test
    void hipercamCcdPars() {
        need("hipercam");
        String run = reference("hcam-twowin-bin2-scans").resolve("run0004").toString();
        List<CcdPars> five = same(5, 2048, 1024, 50, 8);
        assertEquals(five, Spoolers.ccdPars("hl", run));
        assertEquals(five, Spoolers.ccdPars("hipercam:local", run));
        assertEquals(five, Spoolers.ccdPars("hs", "run0004", SpoolOptions.defaults().withServerUrl("127.0.0.1:9/")),
                "fixed for HiPERCAM: no server is asked");
    }

    @Test
    void ultracamCcdPars() {
        need("ultracam");
        String run = reference("ucam-1pair").resolve("run012").toString();
        assertEquals(same(3, 1080, 1032, 56, 8), Spoolers.ccdPars("ul", run));
        assertEquals(same(3, 1080, 1032, 56, 8), Spoolers.ccdPars("ultracam:local", run));
    }

    @Test
    void ultraspecCcdPars() {
        need("ultracam");
        String run = reference("uspec-1-normal").resolve("run030").toString();
        assertEquals(same(1, 1056, 1072, 0, 0), Spoolers.ccdPars("ul", run));
    }

    private void roundTrip(String source, Path run, int frames) throws Exception {
        List<Path> files;
        try (Spooler<Mccd> spool = Spoolers.open(source, run.toString(), 1)) {
            files = Grab.run(spool, new Grab.Settings(dir, Grab.rootOf(run.toString()), 4, 0, false),
                    HangAbout.of(1, 0), null);
        }
        assertEquals(dir.resolve(run.getFileName() + "_0001.hcm"), files.get(0));
        Path lis = dir.resolve("grabbed.lis");
        Files.write(lis, files.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
        try (Spooler<Mccd> direct = Spoolers.open(source, run.toString(), 1);
                Spooler<Mccd> back = Spoolers.open("hf", lis.toString(), 1)) {
            GrabTest.assertSameFrames(direct, back, frames);
        }
    }

    @Test
    void grabFromAHipercamRunReadsBackThroughAList() throws Exception {
        need("hipercam");
        roundTrip("hl", reference("hcam-twowin-bin2-scans").resolve("run0004"), 4);
    }

    @Test
    void grabFromAnUltracamRunReadsBackThroughAList() throws Exception {
        need("ultracam");
        roundTrip("ul", reference("ucam-1pair").resolve("run012"), 5);
    }
}
