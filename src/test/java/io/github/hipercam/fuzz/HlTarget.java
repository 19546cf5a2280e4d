package io.github.hipercam.fuzz;

import io.github.hipercam.synth.HcamRunSpec;
import io.github.hipercam.synth.HcamRunWriter;
import io.github.hipercam.synth.HcamSamples;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Raw HiPERCAM runs, source {@code hl}: one {@code .fits} file of a header and frames. */
final class HlTarget implements FuzzTarget {

    /** The seed runs: every readout mode, small. */
    static final Map<String, HcamRunSpec> SPECS = specs();

    private final Path scratch;
    private final Map<String, Integer> frameSizes = new LinkedHashMap<>();

    HlTarget(Path scratch) {
        this.scratch = scratch;
    }

    private static Map<String, HcamRunSpec> specs() {
        Map<String, HcamRunSpec> m = new LinkedHashMap<>();
        m.put("onewin", HcamSamples.RUNS.get("run0001"));
        m.put("twowin", HcamSamples.RUNS.get("run0002").withFrames(3));
        m.put("drift", HcamRunSpec.of("Drift").withDriftWindows(2)
                .withWindows(new HcamRunSpec.Win(0, 5, 10, 15, 0, 16, 8)).withFrames(3));
        m.put("full", HcamRunSpec.of("FullFrame").withBinning(16, 16).withFrames(2));
        return m;
    }

    @Override
    public String format() {
        return "hl";
    }

    @Override
    public List<FuzzInput> seeds() {
        List<FuzzInput> out = new ArrayList<>();
        for (Map.Entry<String, HcamRunSpec> e : SPECS.entrySet()) {
            Path f = HcamRunWriter.write(scratch.resolve("seed-" + e.getKey() + ".fits"), e.getValue(), true);
            try {
                out.add(FuzzInput.of(e.getKey(), "run.fits", Files.readAllBytes(f)));
                Files.delete(f);
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            }
            frameSizes.put(e.getKey(), HcamRunWriter.frameSize(e.getValue()));
        }
        return out;
    }

    @Override
    public FuzzInput mutate(FuzzInput in, SplittableRandom r) {
        byte[] b = in.file("run.fits");
        int frame = frameSizes.getOrDefault(in.seed(), 0);
        int header = Math.min(b.length, headerLength(b));
        int pick = r.nextInt(20);
        ByteMutations.Result m;
        if (pick < 11) {
            m = FitsMutations.any(b, List.of("NAXIS", "NAXIS1", "NAXIS2", "NAXIS3", "BITPIX",
                    "ESO DET ACQ1 WIN NX", "ESO DET ACQ1 WIN NY", "ESO DET NSAMP", "ESO DET READ CURNAME",
                    "ESO DET BINX1", "ESO DET BINY1", "ESO DET INCPRSCX", "ESO DET INCOVSCY", "ESO DET DRIFT NWINS",
                    "ESO DET WIN1 NX", "ESO DET WIN1 NY", "ESO DET WIN1 YS", "ESO DET WIN1 XSE",
                    "ESO DET NSKIPS1", "ESO DET GPS", "TIMSTAMP"), frame, r);
        } else if (pick < 14) {
            m = ByteMutations.any(b, 0, header, r);
        } else if (pick < 17 || frame == 0 || b.length <= header + 36) {
            m = ByteMutations.any(b, header, b.length, r);
        } else {
            int nframes = Math.max(1, (b.length - header) / frame);
            int end = Math.min(b.length, header + (1 + r.nextInt(nframes)) * frame);
            m = ByteMutations.any(b, Math.max(header, end - 36), end, r);
            m = new ByteMutations.Result(m.bytes(), "timing bytes: " + m.what());
        }
        return in.with("run.fits", m.bytes(), m.what());
    }

    /** @return bytes up to the end of the block holding the first END card */
    static int headerLength(byte[] b) {
        for (int off : FitsMutations.cards(b)) {
            if (FitsMutations.card(b, off).startsWith("END ")) {
                return (off / FitsMutations.BLOCK + 1) * FitsMutations.BLOCK;
            }
        }
        return b.length;
    }

    @Override
    public void run(FuzzInput in, Path dir) throws Exception {
        in.writeTo(dir);
        RunReading.read("hl", dir.resolve("run").toString());
    }
}
