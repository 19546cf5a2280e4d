package io.github.hipercam.imagej;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How runs look in the real ImageJ 1.x GUI under Xvfb (issue 14), with the
 * packaged jar in a fresh {@code plugins/} folder: the 5-CCD HiPERCAM run
 * {@code testdata/hcam/run0002} (TwoWindow, filters us gs rs is zs) as a
 * composite hyperstack on its whole canvas, as a mosaic of its windows and
 * cropped to its windows; the ULTRACAM run {@code testdata/ucam/run001} as a
 * composite; the header table and the Frame Times plot; and the Open Run
 * dialog's preview (first page, a plain FITS file refused there, second
 * page). Screenshots are kept in {@code target/display-it/} (the dialog's in
 * {@code target/display-it-dialog/}) for a person to
 * look at; the test checks what the macro saw (composite, zoom, sizes,
 * titles). Skipped, with a console message, where xvfb-run is missing.
 */
class DisplayGuiIT {

    private static final Path WORK = Path.of("target", "display-it").toAbsolutePath();
    private static final Path RUN = Path.of("testdata", "hcam", "run0002").toAbsolutePath();
    private static final Path UCAM = Path.of("testdata", "ucam", "run001").toAbsolutePath();
    private static final long TIMEOUT_SECONDS = Long.getLong("gui.timeout", 180);

    private static String open(Path run, String source, String more) {
        return "run(\"Open Run...\", \"source=" + source + " run=[" + XvfbImageJ.slashes(run)
                + "] ccd=all first=1 last=0 " + more + "\");";
    }

    /** Waits for the window to paint, photographs the screen, notes what the image is. */
    private static String shoot(String name) {
        return String.join("\n",
                "wait(1500);",
                "id = getImageID(); t = getTitle();",
                "Stack.getDimensions(w, h, c, z, f);",
                "s = s + \"" + name + "|\" + t + \"|\" + is(\"composite\") + \"|\" + w + \"x\" + h + \"|c\" + c"
                        + " + \"|zoom \" + getZoom() + \"|overlay \" + Overlay.size + \"\\n\";",
                "run(\"Capture Screen\");",
                "saveAs(\"PNG\", work + \"/" + name + ".png\");",
                "close();",
                "selectImage(id);");
    }

    @Test
    void runsLookRightInRealImageJ() throws Exception {
        assumeTrue(XvfbImageJ.available(), "xvfb-run is not installed (Debian package xvfb); GUI test skipped");
        Path home = XvfbImageJ.freshHome(WORK);
        Path result = WORK.resolve("result.txt");
        Path macro = WORK.resolve("display.ijm");
        Files.writeString(macro, String.join("\n",
                "var work = \"" + XvfbImageJ.slashes(WORK) + "\";",
                "s = \"\";",
                open(RUN, "hl", "hyperstack"),
                shoot("composite"),
                "Stack.setPosition(2, 1, 1);",
                "run(\"Show Frame Header\");",
                "wait(1000);",
                "s = s + \"header|\" + Table.title + \"|\" + Table.size + \"\\n\";",
                "run(\"Capture Screen\");",
                "saveAs(\"PNG\", work + \"/header.png\");",
                "close();",
                "close(\"*\");",
                open(RUN, "hl", "view=mosaic hyperstack"),
                shoot("mosaic"),
                "run(\"Channels Tool...\");",
                "Stack.setDisplayMode(\"color\");",
                "Stack.setChannel(2);",
                shoot("mosaic-ccd2"),
                "close(\"*\");",
                open(RUN, "hl", "view=windows hyperstack"),
                shoot("windows"),
                "close(\"*\");",
                open(UCAM, "ul", "hyperstack"),
                shoot("ultracam"),
                "close(\"*\");",
                open(UCAM, "ul", "view=mosaic hyperstack"),
                shoot("ultracam-mosaic"),
                "close(\"*\");",
                "run(\"Open Run...\", \"source=hl run=[" + XvfbImageJ.slashes(RUN) + "] ccd=1 first=1 last=0\");",
                "run(\"Frame Times\", \"plot\");",
                shoot("frame-times"),
                "File.saveString(s, \"" + XvfbImageJ.slashes(WORK.resolve("result.txt")) + "\");",
                "run(\"Quit\");",
                ""), StandardCharsets.UTF_8);

        Process p = XvfbImageJ.start(home, macro, WORK.resolve("imagej.log"));
        String stacks = XvfbImageJ.awaitQuit(p, TIMEOUT_SECONDS);
        assertTrue(stacks == null, "ImageJ did not quit within " + TIMEOUT_SECONDS + " s; ImageJ said:\n"
                + log("imagej.log") + "\nits threads:\n" + stacks);
        assertTrue(Files.exists(result), "the macro wrote no result; ImageJ said:\n" + log("imagej.log"));
        List<String> lines = Files.readAllLines(result, StandardCharsets.UTF_8);
        assertEquals("composite|run0002.fits|1|2148x1040|c5|zoom 0.5|overlay 81", lines.get(0),
                "the whole canvas, zoomed out by ImageJ to fit");
        assertTrue(lines.get(1).startsWith("header|Header of frame 1 of run0002.fits|"), lines.get(1));
        String[] mosaic = lines.get(2).split("\\|");
        assertEquals("mosaic|run0002.fits|1|322x142|c5", String.join("|", List.of(mosaic).subList(0, 5)));
        assertTrue(Double.parseDouble(mosaic[5].substring("zoom ".length())) >= 3,
                "the mosaic is zoomed in to fill the screen: " + lines.get(2));
        assertTrue(lines.get(4).startsWith("windows|run0002.fits|1|1828x924|c5|"), lines.get(4));
        assertTrue(lines.get(5).startsWith("ultracam|run001|1|") && lines.get(5).contains("|c3|"), lines.get(5));
        assertTrue(lines.get(6).startsWith("ultracam-mosaic|run001|1|"), lines.get(6));
        assertTrue(lines.get(7).startsWith("frame-times|Frame times of run0002.fits CCD 1|"), lines.get(7));
        for (String shot : List.of("composite", "header", "mosaic", "mosaic-ccd2", "windows", "ultracam",
                "ultracam-mosaic", "frame-times")) {
            XvfbImageJ.assertScreenshotShowsSomething(WORK.resolve(shot + ".png"));
        }
    }

    @Test
    void theOpenRunDialogShowsWhatARunHolds() throws Exception {
        assumeTrue(XvfbImageJ.available(), "xvfb-run is not installed (Debian package xvfb); GUI test skipped");
        Path dir = WORK.resolveSibling("display-it-dialog");
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                files.sorted((a, b) -> b.compareTo(a)).map(Path::toFile).forEach(File::delete);
            }
        }
        Files.createDirectories(dir);
        Path plain = dir.resolve("plain.fits");
        try (nom.tam.fits.Fits fits = new nom.tam.fits.Fits()) {
            fits.addHDU(nom.tam.fits.FitsFactory.hduFactory(new float[4][5]));
            fits.write(plain.toFile());
        }
        List<String> command = new ArrayList<>(List.of("xvfb-run", "-a", "-s", "-screen 0 1280x1024x24",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + dir, "-cp", System.getProperty("java.class.path"),
                OpenRunDialogShot.class.getName(), dir.toString(), RUN.toString(), plain.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("dialog.log").toFile()).start();
        String stacks = XvfbImageJ.awaitQuit(p, TIMEOUT_SECONDS);
        assertTrue(stacks == null, "the dialog harness did not finish: " + Files.readString(dir.resolve("dialog.log"))
                + stacks);
        List<String> seen = Files.readAllLines(dir.resolve("seen.txt"), StandardCharsets.UTF_8);
        String first = String.join("\n", seen);
        assertTrue(first.contains("page 1:\nHiPERCAM\nMode: TwoWindow\nBinning: 1 x 1"), first);
        assertTrue(first.contains("Filters: us, gs, rs, is, zs\nFrames: 4\nDuration: "), first);
        assertTrue(first.contains("wrong kind:\nNot a run that source hl reads:\n" + plain
                + " is a FITS file that is neither an .hcm file nor a raw run"), first);
        assertTrue(first.contains("page 2:\nHiPERCAM\nMode: TwoWindow"), first);
        for (String shot : List.of("page1", "page1-wrong-kind", "page2")) {
            XvfbImageJ.assertScreenshotShowsSomething(dir.resolve(shot + ".png"));
        }
    }

    private static String log(String name) throws IOException {
        Path log = WORK.resolve(name);
        return Files.exists(log) ? Files.readString(log) : "(no output)";
    }
}
