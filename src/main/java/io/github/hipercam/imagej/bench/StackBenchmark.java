package io.github.hipercam.imagej.bench;

import io.github.hipercam.imagej.views.OpenRun;
import io.github.hipercam.imagej.views.RunImages;
import io.github.hipercam.model.CcdPars;
import io.github.hipercam.run.Spoolers;
import io.github.hipercam.synth.SynthHcm;
import io.github.hipercam.synth.UcamRunSpec;
import io.github.hipercam.ucam.UcamMode;
import ij.ImagePlus;
import ij.ImageStack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Times the virtual stacks: time to the first image, random slice access from
 * a warm cache and from disk (each slice decoded afresh), against a baseline
 * measured in the same run: reading the same files' bytes sequentially.
 *
 * <pre>
 * java -cp target/hipercam_ij-0.1.0-SNAPSHOT.jar:$HOME/.m2/repository/net/imagej/ij/1.54p/ij-1.54p.jar \
 *     io.github.hipercam.imagej.bench.StackBenchmark [work-folder]
 * </pre>
 */
public final class StackBenchmark {

    private static final int ROUNDS = 3;

    private StackBenchmark() {
    }

    /**
     * @param args optional work folder (default: a temporary one, deleted afterwards)
     * @throws IOException if the runs cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("hipercam-bench");
        try {
            System.out.println("case                                MB/frame  first-image ms  warm ms/slice"
                    + "  disk ms/slice  read-bytes ms/frame  disk/read");
            bench("hf full-frame CCD (4x1024x512)", BenchRuns.quadrantRun(dir.resolve("full"), "full", 12, 1024, 512));
            bench("hf 1 MB frame (4x256x256)", BenchRuns.quadrantRun(dir.resolve("mb"), "mb", 40, 256, 256));
            bench("hf small windows (5 CCDs 2x40x30)", smallRun(dir.resolve("small")));
            benchRaw("hl full frame (5 CCDs, 21 MB)", BenchRuns.rawRun(dir.resolve("rawfull.fits"), "FullFrame", 6));
            benchRaw("hl 1 MB frame (5 CCDs 4x256x104)", BenchRuns.rawWindowRun(dir.resolve("rawmb.fits"),
                    256, 104, 60));
            benchRaw("hl one window (5 CCDs 4x32x24)", BenchRuns.rawRun(dir.resolve("rawsmall.fits"), "OneWindow", 200));
            benchRaw("ul ULTRACAM FFCLR 1x1 (6.3 MB)", "ul", BenchRuns.ucamRun(dir, "ucamfull",
                    UcamRunSpec.ultracam(UcamMode.FFCLR), 8));
            longRun(dir, 1_000);
            longRun(dir, 100_000);
            System.out.println("('disk' decodes each slice afresh from its file, through the OS page cache;"
                    + " sources available: " + Spoolers.SOURCES + ")");
        } finally {
            if (args.length == 0) {
                deleteTree(dir);
            }
        }
    }

    private static Path smallRun(Path dir) throws IOException {
        SynthHcm.writeList(dir, 5, 100, true);
        return dir.resolve("frames.lis");
    }

    private static void bench(String name, Path list) throws IOException {
        List<Path> files = framesOf(list);
        double mb = Files.size(files.get(0)) / 1e6;
        double read = readBytes(files);
        report(name, "hf", list, mb, read);
    }

    private static void benchRaw(String name, Path run) throws IOException {
        benchRaw(name, "hl", run);
    }

    /** A raw run: its {@code .fits} file for hl, the run without {@code .dat} for ul. */
    private static void benchRaw(String name, String source, Path run) throws IOException {
        int frames;
        try (OpenRun r = OpenRun.open(source, run.toString(), OpenRun.Settings.defaults())) {
            frames = r.size();
        }
        Path data = "ul".equals(source) ? run.resolveSibling(run.getFileName() + ".dat") : run;
        double mb = Files.size(data) / 1e6 / frames;
        double read = readBytes(List.of(data)) / frames;
        report(name, source, run, mb, read);
    }

    private static void report(String name, String source, Path resource, double mb, double read) {
        double first = timeFirstImage(source, resource);
        double warm = randomAccess(source, resource, Long.MAX_VALUE / 4, true);
        double disk = randomAccess(source, resource, 0, false);
        System.out.printf(Locale.ROOT, "%-36s %8.2f  %14.1f  %13.3f  %13.2f  %19.2f  %9.2f%n",
                name, mb, first, warm, disk, read, disk / read);
    }

    private static double timeFirstImage(String source, Path list) {
        double best = Double.MAX_VALUE;
        for (int r = 0; r < ROUNDS; r++) {
            long t0 = System.nanoTime();
            try (OpenRun run = OpenRun.open(source, list.toString(), OpenRun.Settings.defaults())) {
                ImagePlus imp = RunImages.ccd(run, run.labels().get(0));
                imp.getProcessor().getPixels();
                best = Math.min(best, (System.nanoTime() - t0) / 1e6);
            }
        }
        return best;
    }

    /** @return ms per slice over a random order of all slices, repeated */
    private static double randomAccess(String source, Path list, long cacheBytes, boolean prime) {
        OpenRun.Settings s = OpenRun.Settings.defaults().withCacheBytes(cacheBytes);
        try (OpenRun run = OpenRun.open(source, list.toString(), s)) {
            ImageStack stack = RunImages.ccd(run, run.labels().get(0)).getStack();
            List<Integer> order = new ArrayList<>();
            for (int n = 1; n <= stack.getSize(); n++) {
                order.add(n);
            }
            if (prime) {
                order.forEach(stack::getProcessor);
            }
            Collections.shuffle(order, new Random(7));
            long t0 = System.nanoTime();
            int count = 0;
            for (int r = 0; r < ROUNDS; r++) {
                for (int n : order) {
                    stack.getProcessor(n);
                    count++;
                }
            }
            return (System.nanoTime() - t0) / 1e6 / count;
        }
    }

    private static double readBytes(List<Path> files) throws IOException {
        long t0 = System.nanoTime();
        long sum = 0;
        for (int r = 0; r < ROUNDS; r++) {
            for (Path p : files) {
                sum += Files.readAllBytes(p).length;
            }
        }
        if (sum < 0) {
            throw new IllegalStateException("unreachable");
        }
        return (System.nanoTime() - t0) / 1e6 / (ROUNDS * files.size());
    }

    private static void longRun(Path dir, int n) throws IOException {
        Path file = BenchRuns.longRun(dir.resolve("long" + n + ".fits"), n);
        double best = Double.MAX_VALUE;
        Runtime rt = Runtime.getRuntime();
        long used = 0;
        long base = heapAfterGc(rt);
        for (int r = 0; r < ROUNDS; r++) {
            long t0 = System.nanoTime();
            try (OpenRun run = OpenRun.open("hl", file.toString(), OpenRun.Settings.defaults())) {
                ImagePlus hyper = RunImages.hyperstack(run);
                hyper.getProcessor();
                best = Math.min(best, (System.nanoTime() - t0) / 1e6);
                used = heapAfterGc(rt) - base;
                if (hyper.getNFrames() != n) {
                    throw new IllegalStateException("expected " + n + " frames, got " + hyper.getNFrames());
                }
            }
        }
        System.out.printf(Locale.ROOT, "open a %6d-frame run of 5 CCDs as a hyperstack: %.1f ms"
                + " (heap held by the open run and image %.1f MB)%n", n, best, used / 1e6);
    }

    private static long heapAfterGc(Runtime rt) {
        System.gc();
        System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static List<Path> framesOf(Path list) throws IOException {
        List<Path> out = new ArrayList<>();
        for (String line : Files.readAllLines(list)) {
            String s = line.strip();
            if (!s.isEmpty() && !s.startsWith("#")) {
                Path p = list.resolveSibling(s.endsWith(".hcm") ? s : s + ".hcm");
                out.add(p);
            }
        }
        return out;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Collections.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
