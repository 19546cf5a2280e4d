package io.github.hipercam.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.hcm.Hcm;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.synth.SynthHcm;
import io.github.hipercam.testutil.MemoryRuns;
import io.github.hipercam.testutil.ToyFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The info, dump, grab and tail commands, run in-process with captured output. */
class CommandsTest {

    @TempDir
    Path dir;

    private String list() throws IOException {
        SynthHcm.writeList(dir, 2, 3, false);
        return dir.resolve("frames.lis").toString();
    }

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String mjd(int frame) {
        return String.valueOf(SynthHcm.MJD0 + (frame - 1) * SynthHcm.CADENCE / 86400.0);
    }

    @Test
    void infoOnAFileList() throws Exception {
        CliRun r = CliRun.of("info", "hf", list());
        assertEquals(0, r.code(), r.err());
        String out = r.out();
        assertTrue(out.contains("source    : hf\n"), out);
        assertTrue(out.contains("CCD 1    : 2048 x 1024 unbinned at most, padding 50, 8\n"), out);
        assertTrue(out.contains("frames    : 3 complete\n"), out);
        assertTrue(out.contains("exposure  : 4.0 s (first frame)\n"), out);
        assertTrue(out.contains("CCD 2    : 2048 x 1024, 2 window(s)\n"), out);
        assertTrue(out.contains("   F1    llx=1601 lly=151 nx=40 ny=30 xbin=2 ybin=2 outamp=LL\n"), out);
        assertTrue(out.contains("first     : frame      1  MJDUTC " + mjd(1) + "  EXPTIME 4.0  GOODTIME true"
                + "  TIMSTAMP synth-001\n"), out);
        assertTrue(out.contains("last      : frame      3  MJDUTC " + mjd(3)), out);
    }

    @Test
    void infoTakesTheSourceFromTheEnvironment() throws Exception {
        String lis = list();
        CliRun r = CliRun.of(Map.of("HIPERCAM_DEFAULT_SOURCE", "hf"), null, "info", lis);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("frames    : 3 complete"), r.out());
        CliRun hl = CliRun.of(Map.of(), null, "info", "--resource", "toy-none");
        assertEquals(1, hl.code());
        assertTrue(hl.err().startsWith("error: 'hl' ") || hl.err().startsWith("error: toy-none.fits: "),
                "without the variable the source is hl: " + hl.err());
    }

    @Test
    void infoOnAPluginRunAndOnOneHcmFile() throws Exception {
        ToyFormat.run("info-toy", 1, 5, false);
        CliRun r = CliRun.of("info", "--source", "toycam:memory", "--resource", "info-toy");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("frames    : 5 complete"), r.out());
        assertTrue(r.out().contains("last      : frame      5  MJDUTC " + mjd(5)), r.out());
        list();
        CliRun h = CliRun.of("info", "rhcam", "frame_002.hcm", "--chdir", dir.toString());
        assertEquals(0, h.code(), h.err());
        assertTrue(h.out().contains("type      : MCCD\n"), h.out());
        assertTrue(h.out().contains("CCD 1    : 2048 x 1024, 2 window(s)"), h.out());
    }

    @Test
    void argumentErrorsAreReported() throws Exception {
        CliRun twice = CliRun.of("info", "hf", "a.lis", "--source", "hl");
        assertEquals(1, twice.code());
        assertEquals("error: source given twice: 'hf' and --source hl\n", twice.err());
        CliRun none = CliRun.of("dump");
        assertEquals(1, none.code());
        assertEquals("error: no resource given: pass SOURCE RESOURCE or --resource\n", none.err());
        CliRun unknown = CliRun.of("info", "zz", "run1");
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().startsWith("error: 'zz' is not a recognised data source; valid choices are hl, hs,"),
                unknown.err());
        assertEquals(2, CliRun.of("info", "--no-such-option").code());
        assertTrue(CliRun.of("grab", "--help").out().contains("--overwrite"));
    }

    @Test
    void dumpOfAPluginRunWithFirst() {
        ToyFormat.run("dump-toy", 1, 4, true);
        CliRun r = CliRun.of("dump", "toycam:memory", "dump-toy", "--first", "3");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("{\n \"format\": \"hipercam-dump/1\",\n \"source\": \"toycam:memory\",\n"
                + " \"resource\": \"dump-toy\",\n \"first\": 3,\n \"type\": \"MCCD\",\n"), r.out());
        assertEquals(2, r.out().split("\"index\"").length - 1);
        assertTrue(r.out().contains("\"NFRAME\": 3"));
        assertTrue(r.out().endsWith("\"end\": \"stop\"\n}\n"), r.out());
    }

    @Test
    void grabWritesReferenceNamesWithAProgressBar() throws Exception {
        ToyFormat.run("data/run0031", 2, 5, true);
        CliRun r = CliRun.onTerminal("grab", "toycam:memory", "data/run0031", "--first", "2", "--last", "4", "--ndigit", "4",
                "--dir", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("run0031_0002.hcm", "run0031_0003.hcm", "run0031_0004.hcm"), files());
        assertTrue(r.out().startsWith("written frame 2 to " + dir.resolve("run0031_0002.hcm") + "\n"), r.out());
        assertTrue(r.out().endsWith("grab finished: 3 file(s) in " + dir + "\n"), r.out());
        assertTrue(r.err().contains("\r[" + "#".repeat(10) + ".".repeat(20) + "] 1/3 run0031_0002.hcm"), r.err());
        assertTrue(r.err().endsWith("\r[" + "#".repeat(30) + "] 3/3 run0031_0004.hcm\n"), r.err());
        Mccd m = Hcm.readMccd(dir.resolve("run0031_0003.hcm"));
        assertEquals(SynthHcm.pixel(2, 1, 3, 6, 2), m.ccd("2").window("E1").get(6, 2));
    }

    @Test
    void grabRefusesToOverwriteBeforeWritingAnything() throws Exception {
        ToyFormat.run("run0032", 1, 3, true);
        Files.writeString(dir.resolve("run0032_003.hcm"), "keep me");
        CliRun r = CliRun.of("grab", "toycam:memory", "run0032", "--last", "3", "--dir", dir.toString());
        assertEquals(1, r.code());
        assertEquals("error: " + dir.resolve("run0032_003.hcm")
                + ": file exists; not overwritten (ask for overwrite to replace it)\n", r.err());
        assertEquals(List.of("run0032_003.hcm"), files(), "nothing written");
        CliRun again = CliRun.of("grab", "toycam:memory", "run0032", "--last", "3", "--dir", dir.toString(),
                "--overwrite", "--no-progress");
        assertEquals(0, again.code(), again.err());
        assertEquals("", again.err());
        assertEquals(List.of("run0032_001.hcm", "run0032_002.hcm", "run0032_003.hcm"), files());
        assertEquals(3L, Hcm.readMccd(dir.resolve("run0032_003.hcm")).head().get("NFRAME"));
    }

    @Test
    void grabChecksItsArguments() throws Exception {
        CliRun hf = CliRun.of("grab", "hf", list());
        assertEquals(1, hf.code());
        assertTrue(hf.err().startsWith("error: grab reads raw runs, not source hf; valid choices are hl, hs, ul, us,"),
                hf.err());
        CliRun order = CliRun.of("grab", "toycam:memory", "run1", "--first", "5", "--last", "3");
        assertEquals("error: --last must be >= --first or 0, got first=5, last=3\n", order.err());
        CliRun neg = CliRun.of("grab", "toycam:memory", "run1", "--first", "-1");
        assertEquals("error: --first must be 0 (the last frame) or more, got -1\n", neg.err());
        ToyFormat.run("run0033", 1, 0, true);
        CliRun empty = CliRun.of("grab", "toycam:memory", "run0033", "--dir", dir.toString(), "--no-progress");
        assertEquals(1, empty.code());
        assertEquals("error: no frames were grabbed; check --first (and that the run has frames)\n", empty.err());
        CliRun emptyWithBar = CliRun.onTerminal("grab", "toycam:memory", "run0033", "--dir", dir.toString());
        assertEquals(empty.err(), emptyWithBar.err(), "no bar drawn, so no line to end");
    }

    @Test
    void tailFollowsAGrowingRunUntilHangAboutGivesUp() {
        MemoryRuns.Run run = ToyFormat.run("tail-live", 1, 2, false);
        List<Double> sleeps = new ArrayList<>();
        CliRun r = CliRun.of(Map.of(), s -> {
            sleeps.add(s);
            if (sleeps.size() <= 3) {
                int written = run.written().length / 4;
                ToyFormat.grow(run, written, written + 1);
            }
        }, "tail", "toycam:memory", "tail-live", "--twait", "2", "--tmax", "4");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals(5, lines.length, r.out());
        for (int i = 0; i < 5; i++) {
            assertTrue(lines[i].startsWith(String.format("frame %6d  MJDUTC %s", i + 1, mjd(i + 1))), lines[i]);
        }
        assertEquals(List.of(2.0, 2.0, 2.0, 2.0, 2.0), sleeps);
        assertTrue(r.err().contains(" ** last frame unchanged for 2.0 sec. cf tmax = 4.0; will wait another"
                + " twait = 2.0 sec.\n"), r.err());
        assertTrue(r.err().contains(" ** last frame unchanged for 4.0 sec. cf tmax = 4.0; will wait no more\n"),
                r.err());
        assertTrue(r.err().endsWith("tail: no new frame; stopped after 5 frame(s)\n"), r.err());
    }

    @Test
    void tailFromTheNewestFrameStopsAtTheEndOfTheRun() {
        MemoryRuns.Run run = ToyFormat.run("tail-end", 1, 6, false);
        CliRun r = CliRun.of(Map.of(), s -> {
            ToyFormat.grow(run, 6, 8);
            run.finish();
        }, "tail", "toycam:memory", "tail-end", "--first", "0");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals(3, lines.length, r.out());
        assertTrue(lines[0].startsWith("frame      6"), lines[0]);
        assertTrue(lines[2].startsWith("frame      8"), lines[2]);
        assertTrue(r.err().endsWith("tail: the run has ended after 3 frame(s)\n"), r.err());
    }

    @Test
    void serverAddressesComeFromTheEnvironmentUnlessGiven() {
        MemoryRuns.Run run = ToyFormat.run("env-url", 1, 1, true);
        CliRun r = CliRun.of(Map.of("HIPERCAM_DEFAULT_URL", "192.0.2.1:8007/"), null,
                "info", "toycam:server", "env-url", "--timeout", "2.5", "--minimal");
        assertEquals(0, r.code(), r.err());
        SpoolOptions used = run.options();
        assertEquals("192.0.2.1:8007/", used.serverUrl());
        assertEquals(Duration.ofMillis(2500), used.timeout());
        assertEquals(false, used.full());
        CliRun given = CliRun.of(Map.of("HIPERCAM_DEFAULT_URL", "192.0.2.1:8007/"), null,
                "info", "toycam:server", "env-url", "--url", "ws://127.0.0.1:1/");
        assertEquals(0, given.code(), given.err());
        assertEquals("ws://127.0.0.1:1/", run.options().serverUrl());
        CliRun local = CliRun.of("info", "hipercam:local", "env-url", "--url", "x");
        assertEquals("error: --url is for server sources (hs, us, NAME:server), not hipercam:local\n", local.err());
    }
}
