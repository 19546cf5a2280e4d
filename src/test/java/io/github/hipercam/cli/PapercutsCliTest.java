package io.github.hipercam.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.run.OpenedRun;
import io.github.hipercam.run.Runs;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.synth.SynthHcm;
import io.github.hipercam.testutil.ToyFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nom.tam.fits.Fits;
import nom.tam.fits.FitsFactory;
import nom.tam.fits.ImageHDU;
import nom.tam.util.FitsOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, the command line: wrong-kind input, {@code info} failing
 * without output, {@code dump} and {@code tail} past the end, {@code grab}'s
 * progress off a terminal, and the {@code --help} text.
 */
class PapercutsCliTest {

    private static final Path TESTDATA = Path.of("testdata").toAbsolutePath();

    @TempDir
    Path dir;

    private Path list() throws Exception {
        SynthHcm.writeList(dir, 2, 3, false);
        return dir.resolve("frames.lis");
    }

    /** A plain 16-bit FITS image, as a camera or ImageJ writes it: no BSCALE. */
    private Path image() throws Exception {
        Path p = dir.resolve("image.fits");
        ImageHDU hdu = (ImageHDU) FitsFactory.hduFactory(new short[4][5]);
        try (Fits f = new Fits(); FitsOutputStream out = new FitsOutputStream(Files.newOutputStream(p))) {
            f.addHDU(hdu);
            f.write(out);
        }
        return p;
    }

    private static void refused(CliRun r, String message) {
        assertEquals(1, r.code(), r.err());
        assertEquals("", r.out(), "nothing is printed before the error");
        assertEquals("error: " + message + "\n", r.err());
    }

    @Test
    void aPlainFitsImageAsHl() throws Exception {
        Path img = image();
        refused(CliRun.of("info", "hl", img.toString()), img + " is a FITS file that is neither an .hcm file nor a"
                + " raw run, so not a raw HiPERCAM run (source hl): open it with File > Open in ImageJ");
    }

    @Test
    void anHcmFileAsAListOrAsHl() throws Exception {
        list();
        Path hcm = dir.resolve("frame_001.hcm");
        refused(CliRun.of("info", "hf", hcm.toString()), hcm + " is an .hcm file, not a list of .hcm files"
                + " (source hf): name it in a list file, one .hcm file a line, or read it alone with rhcam"
                + " (command line) or Open .hcm... (ImageJ)");
        refused(CliRun.of("info", "hl", hcm.toString()), hcm + " is an .hcm file, not a raw HiPERCAM run (source hl):"
                + " read it with rhcam (command line) or Open .hcm... (ImageJ), or name it in a list file for"
                + " source hf");
    }

    @Test
    void aFolderAsRhcam() throws Exception {
        list();
        refused(CliRun.of("info", "rhcam", dir.toString()), dir + " is a folder, not an .hcm file: give one .hcm"
                + " file in it, or a list file of them with source hf");
        CliRun dump = CliRun.of("dump", "rhcam", dir.toString());
        assertTrue(dump.out().contains("\"error\": \"" + dir + " is a folder, not an .hcm file"), dump.out());
    }

    @Test
    void aRawRunAsRhcamOrOfTheOtherInstrument() {
        Path hcam = TESTDATA.resolve("hcam/run0001.fits");
        refused(CliRun.of("info", "rhcam", hcam.toString()), hcam + " is a raw HiPERCAM run (source hl), not an"
                + " .hcm file: open it with source hl");
        refused(CliRun.of("info", "ul", hcam.toString()), hcam + " is a raw HiPERCAM run (source hl), not a raw"
                + " ULTRACAM or ULTRASPEC run (source ul): open it with source hl");
    }

    @Test
    void infoChecksTheRunBeforePrintingAnything() throws Exception {
        Path lis = list();
        Files.writeString(lis, "frame_001\nframe_009\n");
        Files.delete(dir.resolve("frame_001.hcm"));
        refused(CliRun.of("info", "hf", lis.toString()), lis + ", line 1: file frame_001.hcm does not exist");
        Path missing = dir.resolve("run0099");
        refused(CliRun.of("info", "hl", missing.toString()), missing + ".fits: no such run file");
    }

    @Test
    void infoPrintsTheRunSummary() {
        CliRun r = CliRun.of("info", "hl", TESTDATA.resolve("hcam/run0001").toString());
        assertEquals(0, r.code(), r.err());
        String out = r.out();
        assertTrue(out.contains("instrument: HiPERCAM\n  Mode:          OneWindow\n  Binning:       2 x 2\n"), out);
        assertTrue(out.contains("  Filters:       us, gs, rs, is, zs\nCCD 1    : 2048 x 1024"), out);
        assertTrue(out.contains("frames    : 3 complete\n"), out);
    }

    @Test
    void dumpPastTheEndSaysHowManyFramesAndFails() throws Exception {
        Path lis = list();
        CliRun r = CliRun.of("dump", "hf", lis.toString(), "--first", "99");
        assertEquals(1, r.code(), r.err());
        assertEquals("dump: " + lis + " has 3 complete frame(s); first = 99 is past the end\n", r.err());
        assertTrue(r.out().endsWith("\"frames\": [],\n \"end\": \"stop\"\n}\n"), "the reference's document: " + r.out());
        ToyFormat.run("dump-past", 1, 4, true);
        CliRun toy = CliRun.of("dump", "toycam:memory", "dump-past", "--first", "5");
        assertEquals(1, toy.code(), toy.err());
        assertEquals("dump: " + name("dump-past") + " has 4 complete frame(s); first = 5 is past the end\n",
                toy.err());
        assertEquals(0, CliRun.of("dump", "toycam:memory", "dump-past", "--first", "4").code(), "frame 4 is there");
    }

    @Test
    void tailPastTheEndSaysHowManyFramesAndFails() {
        ToyFormat.run("tail-past", 1, 3, true);
        CliRun r = CliRun.of("tail", "toycam:memory", "tail-past", "--first", "99");
        assertEquals(1, r.code(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().endsWith("tail: " + name("tail-past") + " has 3 complete frame(s); --first 99 is past"
                + " the end\n"), r.err());
        assertFalse(r.err().contains("ended after 0 frame(s)"), r.err());
    }

    private static String name(String run) {
        try (OpenedRun o = Runs.open("toycam:memory", run, SpoolOptions.defaults())) {
            return o.name();
        }
    }

    @Test
    void grabProgressOffATerminalGoesALineAtATime() throws Exception {
        ToyFormat.run("data/run0041", 2, 5, true);
        CliRun r = CliRun.of("grab", "toycam:memory", "data/run0041", "--first", "2", "--last", "4",
                "--dir", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertFalse(r.err().contains("\r"), "no carriage return into a log: " + r.err());
        assertEquals("[" + "#".repeat(10) + ".".repeat(20) + "] 1/3 run0041_002.hcm\n"
                + "[" + "#".repeat(20) + ".".repeat(10) + "] 2/3 run0041_003.hcm\n"
                + "[" + "#".repeat(30) + "] 3/3 run0041_004.hcm\n", r.err());
        assertTrue(Files.exists(dir.resolve("run0041_003.hcm")), "3 digits, as the reference's grab");
    }

    @Test
    void everyCommandLineOfHelpIsWhole() {
        String help = CliRun.of("--help").out();
        List<String> entries = new ArrayList<>();
        boolean commands = false;
        for (String line : help.split("\n")) {
            if (line.equals("Commands:")) {
                commands = true;
            } else if (commands && line.startsWith("  ") && !line.startsWith("    ")) {
                entries.add(line.strip());
            } else if (commands && !entries.isEmpty()) {
                int last = entries.size() - 1;
                entries.set(last, entries.get(last) + " " + line.strip());
            }
        }
        assertTrue(entries.size() >= 8, help);
        for (String e : entries) {
            assertTrue(e.endsWith("."), "a command's line in --help ends a sentence: '" + e + "'");
        }
        assertTrue(entries.stream().anyMatch(e -> e.startsWith("serve ")), help);
    }

    @Test
    void serveHelpHasWholeLines() {
        String help = CliRun.of("serve", "--help").out();
        String[] lines = help.split("\n");
        int firstOption = 0;
        while (!lines[firstOption].stripLeading().startsWith("-")) {
            firstOption++;
        }
        List<String> description = new ArrayList<>(List.of(lines).subList(1, firstOption));
        assertTrue(description.size() >= 3, help);
        for (String line : description) {
            assertTrue(line.endsWith("."), "each line of serve's description is a whole sentence: '" + line + "'");
        }
        assertTrue(String.join(" ", description).contains("(source hs)") && help.contains("(source us)"), help);
        for (String line : lines) {
            assertTrue(line.length() <= 80, "fits 80 columns: '" + line + "'");
        }
    }
}
