package io.github.hipercam.synth;

import io.github.hipercam.FileExistsException;
import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.synth.UcamTimingWordsWriter.Stamp;
import io.github.hipercam.ucam.UcamCamera;
import io.github.hipercam.ucam.UcamDecoder;
import io.github.hipercam.ucam.UcamMode;
import io.github.hipercam.ucam.UcamReadout;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes synthetic ULTRACAM and ULTRASPEC runs: a {@code RUN.xml} in the
 * instrument's layout and a {@code RUN.dat} of frames, each the timing words
 * of its era ({@link UcamTimingWordsWriter}) followed by little-endian 16-bit
 * pixels. The visible pixel at unbinned (x, y) of window w of CCD c in frame
 * f holds {@link #pixel(int, int, int, int, int)}; words no window shows
 * (stripped or chopped columns) hold {@link #JUNK}. A pixel put in the wrong
 * place, flipped or shifted therefore changes values, sums and hashes.
 *
 * <pre>{@code
 * UcamRunWriter.write(dir, "run005", UcamRunSpec.ultracam(UcamMode.TWO_PAIR).withBinning(2, 2), false);
 * }</pre>
 */
public final class UcamRunWriter {

    /** Value of words that no decoded window shows. */
    public static final int JUNK = 65000;

    private UcamRunWriter() {
    }

    /**
     * @param ccd CCD index, 1-based
     * @param win window index, 1-based
     * @param frame frame number, 1-based
     * @param x unbinned x of the binned pixel's lower-left corner
     * @param y unbinned y likewise
     * @return the value written, 0 to 65535
     */
    public static int pixel(int ccd, int win, int frame, int x, int y) {
        return (4096 * ccd + 512 * win + 3 * x + 5 * y + 11 * frame) & 0xFFFF;
    }

    /**
     * The bundled samples: one small run per mode and output, plus the
     * version -1 outer-pixel strip, nblue &gt; 1 and binned windows. The
     * full-frame modes are binned to stay small; the overscan modes (6.7 MB
     * a frame unbinned) are left to tests that write them to a temporary
     * folder.
     *
     * @return run name to spec, in order
     */
    public static Map<String, UcamRunSpec> samples() {
        Map<String, UcamRunSpec> m = new LinkedHashMap<>();
        m.put("run001", UcamRunSpec.ultracam(UcamMode.ONE_PAIR));
        m.put("run002", UcamRunSpec.ultracam(UcamMode.TWO_PAIR).withBinning(2, 2));
        m.put("run003", UcamRunSpec.ultracam(UcamMode.THREE_PAIR));
        m.put("run004", UcamRunSpec.ultracam(UcamMode.ONE_PCLR));
        m.put("run005", UcamRunSpec.ultracam(UcamMode.DRIFT));
        m.put("run006", UcamRunSpec.ultracam(UcamMode.FFCLR).withBinning(8, 16));
        m.put("run007", UcamRunSpec.ultracam(UcamMode.FFNCLR).withBinning(4, 8).withFrames(2));
        m.put("run008", UcamRunSpec.ultracam(UcamMode.ONE_PAIR)
                .withVersion(-1, Instant.parse("2006-05-20T03:04:05.125Z")));
        m.put("run009", UcamRunSpec.ultracam(UcamMode.TWO_PAIR).withNblue(3).withFrames(4));
        m.put("run010", UcamRunSpec.ultraspec(UcamMode.USPEC_1, "N"));
        m.put("run011", UcamRunSpec.ultraspec(UcamMode.USPEC_2, "A"));
        m.put("run012", UcamRunSpec.ultraspec(UcamMode.USPEC_3, "N").withBinning(2, 2));
        m.put("run013", UcamRunSpec.ultraspec(UcamMode.USPEC_4, "A"));
        m.put("run014", UcamRunSpec.ultraspec(UcamMode.UDRIFT, "N"));
        m.put("run015", UcamRunSpec.ultraspec(UcamMode.UDRIFT, "A").withBinning(2, 1));
        return m;
    }

    /**
     * Writes {@link #samples()} into a folder.
     *
     * @param dir the folder, normally {@code testdata/ucam}
     * @param overwrite replace existing files
     * @return the files written
     * @throws IOException if a file cannot be written
     */
    public static List<Path> writeSamples(Path dir, boolean overwrite) throws IOException {
        List<Path> out = new java.util.ArrayList<>();
        for (Map.Entry<String, UcamRunSpec> e : samples().entrySet()) {
            out.addAll(write(dir, e.getKey(), e.getValue(), overwrite));
        }
        return out;
    }

    /**
     * Writes {@code dir/run.xml} and {@code dir/run.dat}.
     *
     * @param dir folder (created if needed)
     * @param run run name, e.g. "run005"
     * @param spec what to write
     * @param overwrite replace existing files
     * @return the two files
     * @throws IOException if they cannot be written
     * @throws FileExistsException if one exists and overwrite is false
     */
    public static List<Path> write(Path dir, String run, UcamRunSpec spec, boolean overwrite) throws IOException {
        Files.createDirectories(dir);
        Path xmlPath = dir.resolve(run + ".xml");
        Path dat = dir.resolve(run + ".dat");
        for (Path p : List.of(xmlPath, dat)) {
            if (!overwrite && Files.exists(p)) {
                throw new FileExistsException(p);
            }
        }
        try (Growing g = start(dir, run, spec)) {
            g.appendFrames(spec.nframes());
        }
        return List.of(xmlPath, dat);
    }

    /**
     * Starts a run to be written frame by frame, as the camera writes it:
     * the XML now, with an empty {@code .dat} that {@link Growing} appends to.
     *
     * <pre>{@code
     * try (UcamRunWriter.Growing g = UcamRunWriter.start(dir, "run010", spec)) {
     *     g.appendFrames(1);   // a reader following the run sees frame 1
     * }
     * }</pre>
     *
     * @param dir folder (created if needed)
     * @param run run name, e.g. "run010"
     * @param spec the run (its frame count is the most that can be appended)
     * @return the growing run; existing files are replaced
     * @throws IOException if the files cannot be written
     */
    public static Growing start(Path dir, String run, UcamRunSpec spec) throws IOException {
        Files.createDirectories(dir);
        String xml = xml(run, spec);
        UcamReadout readout = UcamReadout.parse(run, xml.getBytes(StandardCharsets.UTF_8));
        if (spec.nframes() > 0) {
            timingWords(spec, readout, spec.nframes());
        }
        Files.writeString(dir.resolve(run + ".xml"), xml, StandardCharsets.UTF_8);
        return new Growing(spec, readout, Files.newOutputStream(dir.resolve(run + ".dat")));
    }

    /** A run being written: frames appended whole to its {@code .dat}, each flushed to the file at once. */
    public static final class Growing implements AutoCloseable {
        private final UcamRunSpec spec;
        private final UcamReadout readout;
        private final UcamDecoder decoder;
        private final OutputStream out;
        private int written;

        private Growing(UcamRunSpec spec, UcamReadout readout, OutputStream out) {
            this.spec = spec;
            this.readout = readout;
            this.decoder = UcamDecoder.of(readout);
            this.out = out;
        }

        /**
         * @param count frames to append
         * @throws IOException if the file cannot be written
         */
        public void appendFrames(int count) throws IOException {
            if (written + count > spec.nframes()) {
                throw new InvalidArgumentException("the run has only " + spec.nframes() + " frames; "
                        + written + " are written, " + count + " more asked for");
            }
            for (int i = 0; i < count; i++) {
                final int frame = ++written;
                out.write(timingWords(spec, readout, frame));
                out.write(decoder.encodePixels((c, w, x, y) -> pixel(c, w, frame, x, y), JUNK));
            }
            out.flush();
        }

        /** @return frames written so far */
        public int written() {
            return written;
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    /**
     * @param spec the run
     * @param readout its readout (for the timing setup)
     * @param n frame number
     * @return the frame's timing bytes
     */
    static byte[] timingWords(UcamRunSpec spec, UcamReadout readout, int n) {
        Instant utc = spec.start().plusNanos(Math.round((n - 1) * spec.cadence() * 1e9));
        Stamp s = Stamp.of(n, utc).withNsat(spec.nsat()).withDateStyle(spec.dateStyle())
                .withBlueJunk(spec.nblue() > 1 && n % spec.nblue() != 0);
        return UcamTimingWordsWriter.encode(readout.timing(), readout.headerwords(), s);
    }

    /**
     * @param run run name
     * @param spec the run
     * @return the XML document
     */
    public static String xml(String run, UcamRunSpec spec) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        b.append("<datafile xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n");
        b.append("  <filesave_status id=\"filesave\" name=\"").append(run).append("\" status=\"OK\">\n");
        b.append("    <instrument_status>\n");
        b.append("      <name>").append(spec.camera() == UcamCamera.ULTRACAM ? "Ultracam" : "Ultraspec")
                .append("</name>\n");
        b.append("      <application_status id=\"SDSU Exec\" name=\"").append(spec.application())
                .append("\" status=\"OK\"/>\n");
        b.append("      <detector_status id=\"SDSU Exec\">\n");
        for (Map.Entry<String, Object> e : params(spec).entrySet()) {
            b.append("        <parameter_status name=\"").append(e.getKey()).append("\" value=\"")
                    .append(e.getValue()).append("\"/>\n");
        }
        b.append("      </detector_status>\n    </instrument_status>\n");
        int framesize = framesize(spec);
        b.append("    <data_status framesize=\"").append(framesize).append("\" status=\"OK\">\n");
        b.append("      <header_status headerwords=\"").append(spec.headerwords()).append("\"/>\n");
        b.append("    </data_status>\n  </filesave_status>\n");
        if (spec.user()) {
            b.append("  <user>\n    <target>SYNTH ").append(run).append("</target>\n")
                    .append("    <filters>g'</filters>\n    <PI>Synth</PI>\n    <ID>SYN-001</ID>\n")
                    .append("    <Observers>hipercam-ij</Observers>\n    <flags>data</flags>\n")
                    .append("    <SlidePos>1023.5 pixels</SlidePos>\n")
                    .append("    <RA>12:34:56.7</RA>\n    <Dec>-01:23:45.6</Dec>\n  </user>\n");
        }
        return b.append("</datafile>\n").toString();
    }

    private static Map<String, Object> params(UcamRunSpec spec) {
        Map<String, Object> p = new LinkedHashMap<>();
        if (spec.camera() == UcamCamera.ULTRACAM) {
            p.put("EXPOSE_TIME", spec.exposeUnits());
            p.put("GAIN_SPEED", 0xcdd);
            p.put("NBLUE", spec.nblue());
            p.put("NO_EXPOSURES", spec.nframes());
            if (spec.vFtClk()) {
                p.put("V_FT_CLK", 140 << 16);
            }
            p.put("X_BIN_FAC", spec.xbin());
            p.put("Y_BIN_FAC", spec.ybin());
            for (int i = 0; i < spec.windows().size(); i++) {
                int[] w = spec.windows().get(i);
                String n = Integer.toString(i + 1);
                p.put("X" + n + "L_START", w[0]);
                p.put("X" + n + "R_START", w[1]);
                p.put("Y" + n + "_START", w[2]);
                p.put("X" + n + "_SIZE", w[3]);
                p.put("Y" + n + "_SIZE", w[4]);
            }
        } else {
            p.put("DWELL", spec.exposeUnits());
            p.put("EN_CLR", 0);
            p.put("HV_GAIN", 0);
            p.put("NUM_EXPS", spec.nframes());
            p.put("OUTPUT", "N".equals(spec.output()) ? 0 : 1);
            p.put("SPEED", 0);
            p.put("X_BIN", spec.xbin());
            p.put("Y_BIN", spec.ybin());
            for (int i = 0; i < 4; i++) {
                int[] w = i < spec.windows().size() ? spec.windows().get(i) : new int[] {1, 1, 0, 0};
                String n = Integer.toString(i + 1);
                p.put("X" + n + "_START", w[0]);
                p.put("Y" + n + "_START", w[1]);
                p.put("X" + n + "_SIZE", w[2]);
                p.put("Y" + n + "_SIZE", w[3]);
            }
        }
        if (spec.version() != -1) {
            p.put("REVISION", spec.version());
        }
        return p;
    }

    /**
     * @param spec a run
     * @return bytes per frame, timing words included, as the camera writes them (for
     *     binned overscan modes the reference computes the unbinned size and refuses the run)
     */
    public static int framesize(UcamRunSpec spec) {
        long pixels = 0;
        UcamMode m = spec.mode();
        if (spec.camera() == UcamCamera.ULTRASPEC) {
            for (int[] w : spec.windows()) {
                pixels += (long) w[2] * (m == UcamMode.UDRIFT ? spec.windows().get(0)[3] : w[3]);
            }
        } else if (m.overscan()) {
            pixels = 6L * (540 / spec.xbin()) * (1032 / spec.ybin());
        } else if (m == UcamMode.FFCLR || m == UcamMode.FFNCLR) {
            pixels = 6L * (512 / spec.xbin()) * (1024 / spec.ybin());
        } else {
            for (int[] w : spec.windows()) {
                pixels += 6L * Math.floorDiv(w[3], spec.xbin()) * Math.floorDiv(w[4], spec.ybin());
            }
        }
        return Math.toIntExact(2L * spec.headerwords() + 2 * pixels);
    }
}
