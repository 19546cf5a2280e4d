package io.github.hipercam.imagej.commands;

import io.github.hipercam.testutil.Stderr;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.imagej.AstroImageJRule;
import io.github.hipercam.imagej.HeadlessImageJ;
import io.github.hipercam.model.Ccd;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.model.Window;
import io.github.hipercam.run.OpenedRun;
import io.github.hipercam.run.Runs;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.SpoolOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How runs look in ImageJ (issue 14), checked in a headless ImageJ through
 * recorded-macro commands: the 5-CCD hyperstack of {@code testdata/hcam/run0002}
 * (TwoWindow, {@code FILTERS = 'us,gs,rs,is,zs'}, 4 frames) is a composite,
 * each channel's display range is the 5th to 95th percentile of its own
 * window pixels, channels are named by filter, every slice label carries a
 * FITS block that AstroImageJ's rule reads the frame's time from; the
 * windows-only views; an ULTRACAM run; the header table; the Frame Times
 * colours; a plain FITS file refused on the first page.
 */
class DisplayHeadlessTest {

    private static final Path RUN = Path.of("testdata", "hcam", "run0002").toAbsolutePath();
    private static final Path UCAM = Path.of("testdata", "ucam", "run001").toAbsolutePath();
    private static final List<String> FILTERS = List.of("us", "gs", "rs", "is", "zs");
    private static HeadlessImageJ ij;

    @BeforeAll
    static void startImageJ() {
        ij = HeadlessImageJ.start();
    }

    /** Runs macro code in batch mode and returns what it put in s, line by line. */
    private static List<String> macro(Path dir, String body) throws Exception {
        Path out = dir.resolve("out.txt");
        Files.deleteIfExists(out);
        ij.runMacro("setBatchMode(true);\nclose(\"*\");\nrun(\"Clear Results\");\ns = \"\";\n" + body
                + "\nFile.saveString(s, " + HeadlessImageJ.quote(out) + ");\n", "");
        return Files.readAllLines(out, StandardCharsets.UTF_8);
    }

    private static String q(Path p) {
        return p.toAbsolutePath().toString().replace('\\', '/');
    }

    private static String open(Path run, String source, String more) {
        return "run(\"Open Run...\", \"source=" + source + " run=[" + q(run) + "] ccd=all first=1 last=0 " + more
                + "\");\n";
    }

    /** Frame n of a run, read by the library in this JVM. */
    private static Mccd frame(String source, Path run, int n) {
        try (OpenedRun r = Runs.open(source, run.toString(), SpoolOptions.defaults())) {
            return ((Poll.Ready<Mccd>) r.frames().read(n)).frame();
        }
    }

    /** numpy.percentile (linear) of every window pixel of a CCD, done here independently of the plugin. */
    private static double percentile(Ccd ccd, double q) {
        List<Double> v = new ArrayList<>();
        for (Window w : ccd.windows().values()) {
            for (int iy = 0; iy < w.ny(); iy++) {
                for (int ix = 0; ix < w.nx(); ix++) {
                    v.add(w.get(ix, iy));
                }
            }
        }
        double[] s = v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double pos = (s.length - 1) * q / 100;
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, s.length - 1);
        return s[lo] + (s[hi] - s[lo]) * (pos - lo);
    }

    @Test
    void theFiveCcdHyperstackIsACompositeWithARangeAndAFilterPerChannel(@TempDir Path dir) throws Exception {
        List<String> out = macro(dir, open(RUN, "hl", "hyperstack")
                + "s = s + is(\"composite\") + \"\\n\";\n"
                + "Stack.getDimensions(w, h, c, z, t);\n"
                + "s = s + w + \"x\" + h + \" c\" + c + \" t\" + t + \"\\n\";\n"
                + "for (ch = 1; ch <= c; ch++) {\n"
                + "  Stack.setPosition(ch, 1, 1);\n"
                + "  getMinAndMax(min, max);\n"
                + "  label = split(getInfo(\"slice.label\"), \"\\n\");\n"
                + "  s = s + d2s(min, 6) + \"|\" + d2s(max, 6) + \"|\" + label[0] + \"|\" + getInfo(\"FILTER\") + \"\\n\";\n"
                + "}\n");
        assertEquals("1", out.get(0), "is(\"composite\")");
        assertEquals("2148x1040 c5 t4", out.get(1));
        Mccd first = frame("hl", RUN, 1);
        for (int c = 1; c <= 5; c++) {
            String[] p = out.get(1 + c).split("\\|");
            Ccd ccd = first.ccd(Integer.toString(c));
            assertEquals(percentile(ccd, 5), Double.parseDouble(p[0]), 1e-6, "CCD " + c + " minimum: 5th percentile");
            assertEquals(percentile(ccd, 95), Double.parseDouble(p[1]), 1e-6, "CCD " + c + " maximum: 95th percentile");
            assertTrue(p[2].startsWith("frame 1  MJD ") && p[2].endsWith("  " + FILTERS.get(c - 1)),
                    "the channel is named by its filter: " + p[2]);
            assertEquals(FILTERS.get(c - 1), p[3], "getInfo(\"FILTER\")");
        }
        assertTrue(!out.get(2).split("\\|")[0].equals(out.get(3).split("\\|")[0]),
                "each channel has a range of its own");
    }

    @Test
    void everySliceLabelCarriesAFitsBlockThatAstroImageJReadsTheTimeFrom(@TempDir Path dir) throws Exception {
        Path labels = Files.createDirectories(dir.resolve("labels"));
        macro(dir, open(RUN, "hl", "hyperstack")
                + "Stack.getDimensions(w, h, c, z, t);\n"
                + "for (f = 1; f <= t; f++) for (ch = 1; ch <= c; ch++) {\n"
                + "  Stack.setPosition(ch, 1, f);\n"
                + "  File.saveString(getMetadata(\"Label\"), \"" + q(labels) + "/\" + f + \"_\" + ch + \".txt\");\n"
                + "}\n");
        int checked = 0;
        for (int f = 1; f <= 4; f++) {
            Mccd m = frame("hl", RUN, f);
            for (int c = 1; c <= 5; c++) {
                String label = Files.readString(labels.resolve(f + "_" + c + ".txt"));
                double mid = (Double) m.ccd(Integer.toString(c)).head().get("MJDUTC");
                double exp = ((Number) m.ccd(Integer.toString(c)).head().get("EXPTIME")).doubleValue();
                checkAstroImageJTimes(label, mid, exp, "frame " + f + " CCD " + c);
                checked++;
            }
        }
        assertEquals(20, checked);
    }

    /**
     * A label's FITS block: found by both of AstroImageJ's rules, DATE-OBS,
     * MJD-OBS (the start) and EXPTIME agree with the frame's mid-exposure
     * MJDUTC to 1e-9 day, and AstroImageJ's mid-exposure JD is that time:
     * to its millisecond resolution from DATE-OBS, to 1e-9 day from MJD-OBS.
     */
    static void checkAstroImageJTimes(String label, double mjdutc, double exptime, String what) {
        assertTrue(label.startsWith("frame ") && label.indexOf('\n') < 60, what + ": a short first line");
        String line = label.lines().filter(l -> l.startsWith("MJDUTC = ")).findFirst().orElse("MJDUTC = none in " + label);
        assertEquals(mjdutc, Double.parseDouble(line.substring("MJDUTC = ".length())), 0.0,
                what + ": the KEY = value line keeps every digit");
        String[] cards = AstroImageJRule.header(label);
        assertNotNull(cards, what + ": a block after AIJ-HEADER-MARKER, up to END");
        assertTrue(cards[0].startsWith("SIMPLE  =                    T"), cards[0]);
        assertArrayEquals(cards, AstroImageJRule.headerBefore2023(label), what + ": the same block from SIMPLE to END");
        double start = mjdutc - exptime / 2 / 86400;
        String dateObs = AstroImageJRule.string(cards[AstroImageJRule.find("DATE-OBS", cards)]);
        LocalDateTime t = LocalDateTime.parse(dateObs);
        double dateMjd = t.toLocalDate().toEpochDay() + 40587 + t.toLocalTime().toNanoOfDay() / 86400e9;
        assertEquals(start, dateMjd, 1e-9, what + ": DATE-OBS is the start of the exposure, UTC");
        assertEquals(start, AstroImageJRule.findNumber("MJD-OBS", cards), 1e-9, what + ": MJD-OBS, the start");
        assertEquals(exptime, AstroImageJRule.findNumber("EXPTIME", cards), 1e-12, what + ": EXPTIME");
        double jdMid = mjdutc + 2400000.5;
        assertEquals(jdMid, AstroImageJRule.meanJd(cards), 1.2e-8,
                what + ": AstroImageJ's JD_UTC from DATE-OBS, which it reads to the millisecond");
        String[] withoutDate = Arrays.stream(cards).filter(s -> !s.startsWith("DATE-OBS")).toArray(String[]::new);
        assertEquals(jdMid, AstroImageJRule.meanJd(withoutDate), 1e-9,
                what + ": AstroImageJ's JD_UTC from MJD-OBS + EXPTIME / 2");
    }

    @Test
    void theMosaicShowsTheWindowsSideBySideAndTheCropKeepsCcdCoordinates(@TempDir Path dir) throws Exception {
        List<String> out = macro(dir, open(RUN, "hl", "view=mosaic hyperstack")
                + "Stack.getDimensions(w, h, c, z, t);\n"
                + "s = s + w + \"x\" + h + \" c\" + c + \" t\" + t + \" \" + is(\"composite\") + \"\\n\";\n"
                + "Stack.setPosition(1, 1, 1);\n"
                + "s = s + d2s(getPixel(6, h - 7), 4) + \"|\" + getPixel(38, h - 7) + \"|\" + Overlay.size + \"\\n\";\n"
                + "close(\"*\");\n"
                + open(RUN, "hl", "view=windows hyperstack")
                + "Stack.getDimensions(w, h, c, z, t);\n"
                + "x = 0; y = h - 1; toScaled(x, y);\n"
                + "s = s + w + \"x\" + h + \" \" + d2s(x, 2) + \",\" + d2s(y, 2) + \"\\n\";\n");
        // x: windows at 101, 161, 301, 361 and 1661-1728, 1877-1928 (merged where they overlap):
        // 32 + 32 + 48 + 48 + 68 + 52 = 280 columns, five gaps of 6 and a margin of 6 each side;
        // y: 24 + 32 + 32 + 24 rows, three gaps and the margins
        assertEquals("322x142 c5 t4 1", out.get(0));
        String[] p = out.get(1).split("\\|");
        Ccd ccd1 = frame("hl", RUN, 1).ccd("1");
        assertEquals(ccd1.window("E1").get(0, 0), Double.parseDouble(p[0]), 1e-3,
                "E1's first pixel at the mosaic's bottom-left corner, inside the margin");
        assertEquals("NaN", p[1], "a gap between two runs of windows");
        assertEquals(String.valueOf(1 + 2 * 8 * 5), p[2], "the gap fill, and an outline and a name per window");
        assertEquals("1828x924 101.00,51.00", out.get(2), "cropped to windows 101..1928 x 51..974; the cursor reads"
                + " CCD coordinates");
    }

    @Test
    void anUltracamRunIsACompositeNamedByCcd(@TempDir Path dir) throws Exception {
        List<String> out = macro(dir, open(UCAM, "ul", "hyperstack")
                + "Stack.getDimensions(w, h, c, z, t);\n"
                + "s = s + is(\"composite\") + \" c\" + c + \" t\" + t + \"\\n\";\n"
                + "for (ch = 1; ch <= c; ch++) {\n"
                + "  Stack.setPosition(ch, 1, 2);\n"
                + "  getMinAndMax(min, max);\n"
                + "  label = getMetadata(\"Label\");\n"
                + "  File.saveString(label, \"" + q(dir) + "/u\" + ch + \".txt\");\n"
                + "  lines = split(label, \"\\n\");\n"
                + "  s = s + d2s(min, 6) + \"|\" + d2s(max, 6) + \"|\" + lines[0] + \"\\n\";\n"
                + "}\n");
        assertEquals("1 c3 t3", out.get(0));
        Mccd first = frame("ul", UCAM, 1);
        Mccd second = frame("ul", UCAM, 2);
        for (int c = 1; c <= 3; c++) {
            String[] p = out.get(c).split("\\|");
            Ccd ccd = first.ccd(Integer.toString(c));
            assertEquals(percentile(ccd, 5), Double.parseDouble(p[0]), 1e-6, "CCD " + c + ": range of frame 1");
            assertEquals(percentile(ccd, 95), Double.parseDouble(p[1]), 1e-6);
            assertTrue(p[2].startsWith("frame 2  MJD ") && p[2].endsWith("  CCD " + c), "no FILTERS: " + p[2]);
            var head = second.ccd(Integer.toString(c)).head();
            checkAstroImageJTimes(Files.readString(dir.resolve("u" + c + ".txt")), (Double) head.get("MJDUTC"),
                    ((Number) head.get("EXPTIME")).doubleValue(), "ULTRACAM frame 2 CCD " + c);
        }
    }

    @Test
    void showFrameHeaderIsATableOfKeyValueCommentAndCcdThatSortsAndSearches(@TempDir Path dir) throws Exception {
        List<String> out = macro(dir, open(RUN, "hl", "hyperstack")
                + "Stack.setPosition(2, 1, 1);\n"
                + "run(\"Show Frame Header\");\n"
                + "s = s + Table.title + \"\\n\" + Table.headings + \"\\n\";\n"
                + "Table.sort(\"Key\");\n"
                + "s = s + Table.getString(\"Key\", 0) + \"\\n\";\n"
                + "n = Table.size; found = \"\"; filters = \"\";\n"
                + "for (i = 0; i < n; i++) {\n"
                + "  if (Table.getString(\"Key\", i) == \"MJDUTC\" && Table.getString(\"CCD\", i) == \"2\")"
                + " found = Table.getString(\"Value\", i) + \"|\" + Table.getString(\"Comment\", i);\n"
                + "  if (Table.getString(\"Key\", i) == \"FILTERS\") filters = Table.getString(\"Value\", i)"
                + " + \"|\" + Table.getString(\"CCD\", i);\n"
                + "}\n"
                + "s = s + found + \"|\" + filters + \"\\n\";\n");
        assertEquals("Results", out.get(0), "headless, the table is the Results table (on a screen: a window"
                + " named for the frame and image)");
        assertTrue(out.get(1).strip().startsWith("Key\tValue\tComment\tCCD"), out.get(1));
        Mccd one = frame("hl", RUN, 1);
        java.util.TreeSet<String> keys = new java.util.TreeSet<>();
        one.head().forEach(c -> keys.add(c.key()));
        one.ccds().values().forEach(c -> c.head().forEach(card -> keys.add(card.key())));
        assertEquals(keys.first(), out.get(2), "sorted by key (Table.sort, or Results > Sort...)");
        String[] p = out.get(3).split("\\|", -1);
        double mjd = (Double) one.ccd("2").head().get("MJDUTC");
        assertEquals(mjd, Double.parseDouble(p[0]), 0.0, "CCD 2's time, every digit");
        assertEquals("us,gs,rs,is,zs", p[2], "the run's FILTERS");
        assertEquals("", p[3], "a top-level item has no CCD");
    }

    @Test
    void frameTimesDrawsEachCcdInTheColourOfItsLegend(@TempDir Path dir) throws Exception {
        // one CCD, so that its line is the only one: the middle of its first segment must be its colour
        List<String> out = macro(dir, "run(\"Open Run...\", \"source=hl run=[" + q(RUN) + "] ccd=1 first=1 last=0\");\n"
                + "run(\"Frame Times\", \"plot\");\n"
                + "Plot.getLimits(xmin, xmax, ymin, ymax);\n"
                + "Plot.getFrameBounds(fx, fy, fw, fh);\n"
                + "y1 = 0; y2 = (getResult(\"MJDUTC\", 1) - getResult(\"MJDUTC\", 0)) * 86400;\n"
                + "px = fx + (1.5 - xmin) / (xmax - xmin) * fw;\n"
                + "py = fy + (ymax - (y1 + y2) / 2) / (ymax - ymin) * fh;\n"
                + "best = 1e9; rgb = \"\";\n"
                + "for (dx = -2; dx <= 2; dx++) for (dy = -2; dy <= 2; dy++) {\n"
                + "  v = getPixel(round(px) + dx, round(py) + dy);\n"
                + "  r = (v >> 16) & 255; g = (v >> 8) & 255; b = v & 255;\n"
                + "  d = abs(r - " + COLOUR.getRed() + ") + abs(g - " + COLOUR.getGreen() + ") + abs(b - "
                + COLOUR.getBlue() + ");\n"
                + "  if (d < best) { best = d; rgb = \"\" + r + \",\" + g + \",\" + b; }\n"
                + "}\n"
                + "s = s + best + \"|\" + rgb + \"\\n\";\n");
        String[] p = out.get(0).split("\\|");
        assertTrue(Double.parseDouble(p[0]) < 40, "the line of CCD 1 is drawn in its colour " + COLOUR
                + " (its legend's), not black: nearest pixel " + p[1]);
    }

    /** CCD 1's colour on the Frame Times plot: its filter us is violet (Channels), dark enough for a white ground. */
    private static final java.awt.Color COLOUR = new java.awt.Color(150, 60, 255);

    @Test
    void openRunRefusesAPlainFitsImageOnItsFirstPage(@TempDir Path dir) throws Exception {
        Path plain = dir.resolve("plain.fits");
        nom.tam.fits.Fits fits = new nom.tam.fits.Fits();
        fits.addHDU(nom.tam.fits.FitsFactory.hduFactory(new float[4][5]));
        fits.write(plain.toFile());
        fits.close();
        String err = Stderr.of(() -> {
            try {
                macro(dir, open(plain, "hl", "hyperstack") + "s = \"went on\";");
            } catch (Exception e) {
                // the macro stops: expected
            }
        });
        assertTrue(err.contains(plain + " is a FITS file that is neither an .hcm file nor a raw run: source hl"
                + " reads raw HiPERCAM runs"), "the file is named for what it is: " + err);
        assertTrue(!Files.exists(dir.resolve("out.txt")), "the macro stopped there");
    }
}
