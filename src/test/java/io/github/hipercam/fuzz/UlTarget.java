package io.github.hipercam.fuzz;

import io.github.hipercam.synth.UcamRunSpec;
import io.github.hipercam.synth.UcamRunWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * ULTRACAM and ULTRASPEC runs, source {@code ul}: an XML document and a
 * {@code .dat} file of frames. Format {@code ul-xml} damages the XML,
 * {@code ul-dat} the frames.
 */
final class UlTarget implements FuzzTarget {

    private final Path scratch;
    private final boolean xml;
    private final Map<String, Integer> frameSizes = new HashMap<>();

    /**
     * @param scratch a folder for the seeds
     * @param xml true to damage the XML, false the .dat
     */
    UlTarget(Path scratch, boolean xml) {
        this.scratch = scratch;
        this.xml = xml;
    }

    @Override
    public String format() {
        return xml ? "ul-xml" : "ul-dat";
    }

    @Override
    public List<FuzzInput> seeds() {
        List<FuzzInput> out = new ArrayList<>();
        for (Map.Entry<String, UcamRunSpec> e : UcamRunWriter.samples().entrySet()) {
            String run = e.getKey();
            UcamRunSpec spec = e.getValue().withFrames(2);
            try {
                List<Path> files = UcamRunWriter.write(scratch.resolve("seed-ul"), "run", spec, true);
                Map<String, byte[]> m = new java.util.LinkedHashMap<>();
                m.put("run.xml", Files.readAllBytes(files.get(0)));
                m.put("run.dat", Files.readAllBytes(files.get(1)));
                out.add(new FuzzInput(run, "", m));
                for (Path p : files) {
                    Files.delete(p);
                }
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            }
            frameSizes.put(run, UcamRunWriter.framesize(spec));
        }
        return out;
    }

    @Override
    public FuzzInput mutate(FuzzInput in, SplittableRandom r) {
        if (xml) {
            ByteMutations.Result m = XmlMutations.any(in.file("run.xml"), r);
            return in.with("run.xml", m.bytes(), m.what());
        }
        byte[] b = in.file("run.dat");
        int frame = frameSizes.getOrDefault(in.seed(), Math.max(1, b.length));
        ByteMutations.Result m;
        int pick = r.nextInt(10);
        if (pick < 3 && b.length > 0) {
            int k = r.nextInt(3);
            int[] cuts = {0, 1, 24, 32, 36, frame - 1, frame, frame + 1, k * frame + frame / 2, 2 * frame - 1};
            m = ByteMutations.truncate(b, cuts[r.nextInt(cuts.length)]);
        } else if (pick < 7 && b.length > 0) {
            int start = r.nextInt(Math.max(1, b.length / frame)) * frame;
            int end = Math.min(b.length, start + 64);
            m = ByteMutations.any(b, start, end, r);
            m = new ByteMutations.Result(m.bytes(), "timing bytes: " + m.what());
        } else if (pick == 7) {
            byte[] more = java.util.Arrays.copyOf(b, b.length + frame);
            m = new ByteMutations.Result(more, "one frame of zeros appended");
        } else {
            m = ByteMutations.any(b, 0, b.length, r);
        }
        return in.with("run.dat", m.bytes(), m.what());
    }

    @Override
    public void run(FuzzInput in, Path dir) throws Exception {
        in.writeTo(dir);
        RunReading.read("ul", dir.resolve("run").toString());
    }
}
