package io.github.hipercam.imagej.bench;

import io.github.hipercam.hcm.Hcm;
import io.github.hipercam.model.Ccd;
import io.github.hipercam.model.Header;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.model.Window;
import io.github.hipercam.model.Winhead;
import io.github.hipercam.synth.HcamRunSpec;
import io.github.hipercam.synth.HcamRunWriter;
import io.github.hipercam.synth.SynthHcm;
import io.github.hipercam.synth.UcamRunSpec;
import io.github.hipercam.synth.UcamRunWriter;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/** The runs the benchmark reads: written as .hcm lists, or made in memory. */
final class BenchRuns {

    private BenchRuns() {
    }

    /**
     * Writes a list of one-CCD frames whose windows are quadrants of nx x ny
     * unbinned pixels each (four quadrants: a full-frame HiPERCAM CCD is 1024 x 512).
     *
     * @param dir folder
     * @param name list name
     * @param frames number of frames
     * @param nx quadrant width
     * @param ny quadrant height
     * @return the list file
     * @throws IOException if writing fails
     */
    static Path quadrantRun(Path dir, String name, int frames, int nx, int ny) throws IOException {
        Files.createDirectories(dir);
        StringBuilder list = new StringBuilder();
        Random rnd = new Random(1);
        for (int f = 1; f <= frames; f++) {
            Path file = dir.resolve(String.format("%s_%04d.hcm", name, f));
            Hcm.write(file, quadrantFrame(f, nx, ny, rnd), true);
            list.append(file.getFileName()).append('\n');
        }
        Path lis = dir.resolve(name + ".lis");
        Files.writeString(lis, list.toString(), StandardCharsets.UTF_8);
        return lis;
    }

    private static Mccd quadrantFrame(int frame, int nx, int ny, Random rnd) {
        Map<String, Window> wins = new LinkedHashMap<>();
        String[] labels = {"E1", "F1", "G1", "H1"};
        for (int q = 0; q < 4; q++) {
            Winhead g = new Winhead(1 + (q % 2) * nx, 1 + (q / 2) * ny, nx, ny, 1, 1, "LL");
            float[] px = new float[g.npix()];
            for (int i = 0; i < px.length; i++) {
                px[i] = 1000 + rnd.nextInt(100);
            }
            Header h = q == 0 ? Header.builder().set("MJDUTC", SynthHcm.MJD0 + frame * 1e-4)
                    .set("EXPTIME", 8.64).set("GOODTIME", true).set("DSTATUS", true).build() : Header.empty();
            wins.put(labels[q], Window.adopt(g, px, h));
        }
        Ccd ccd = new Ccd(wins, 2 * nx, 2 * ny, 50, 8);
        return new Mccd(Map.of("1", ccd), Header.builder().set("OBJECT", "bench").build());
    }

    /**
     * Writes a raw HiPERCAM run with the project's synthetic writer.
     *
     * @param file the run file
     * @param mode readout mode, e.g. FullFrame or OneWindow
     * @param frames number of frames
     * @return the file
     */
    static Path rawRun(Path file, String mode, int frames) {
        return HcamRunWriter.write(file, HcamRunSpec.of(mode).withFrames(frames), true);
    }

    /**
     * Writes a raw one-window HiPERCAM run with windows of nx x ny in every quadrant.
     *
     * @param file the run file
     * @param nx window width
     * @param ny window height
     * @param frames number of frames
     * @return the file
     */
    static Path rawWindowRun(Path file, int nx, int ny, int frames) {
        HcamRunSpec.Win w = new HcamRunSpec.Win(100, 120, 140, 160, 50, nx, ny);
        return HcamRunWriter.write(file, HcamRunSpec.of("OneWindow").withWindows(w).withFrames(frames), true);
    }

    /**
     * A long raw run on disk that costs no disk space: the synthetic writer
     * writes its first two frames, then the file is extended (sparse) to hold
     * {@code nframes} frames. Opening it reads only the first two.
     *
     * @param file the run file
     * @param nframes the run's length
     * @return the file
     * @throws IOException if writing fails
     */
    static Path longRun(Path file, int nframes) throws IOException {
        HcamRunSpec.Win w = new HcamRunSpec.Win(100, 120, 140, 160, 50, 16, 8);
        HcamRunSpec spec = HcamRunSpec.of("OneWindow").withWindows(w).withFrames(2);
        HcamRunWriter.write(file, spec, true);
        long header = Files.size(file) - padded(2L * HcamRunWriter.frameSize(spec));
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(header + (long) nframes * HcamRunWriter.frameSize(spec));
        }
        return file;
    }

    private static long padded(long bytes) {
        return (bytes + 2879) / 2880 * 2880;
    }

    /**
     * @param dir folder
     * @param run run name
     * @param spec the ULTRACAM/ULTRASPEC run
     * @param frames frames to write
     * @return the run as source ul takes it (the path without .xml/.dat)
     * @throws IOException if it cannot be written
     */
    static Path ucamRun(Path dir, String run, UcamRunSpec spec, int frames) throws IOException {
        UcamRunWriter.write(dir, run, spec.withFrames(frames), true);
        return dir.resolve(run);
    }
}
