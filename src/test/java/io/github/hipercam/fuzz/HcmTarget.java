package io.github.hipercam.fuzz;

import io.github.hipercam.cli.Dump;
import io.github.hipercam.hcm.Hcm;
import io.github.hipercam.model.CcdPars;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.synth.SynthHcm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** {@code .hcm} files: a FITS file of one HDU per window (MCCD or CCD). */
final class HcmTarget implements FuzzTarget {

    /** Keywords the reader depends on. */
    static final List<String> KEYS = List.of("SIMPLE", "XTENSION", "BITPIX", "NAXIS", "NAXIS1", "NAXIS2",
            "EXTEND", "PCOUNT", "GCOUNT", "HIPERCAM", "NCCD", "CCD", "WINDOW", "LLX", "LLY", "XBIN", "YBIN",
            "NXTOT", "NYTOT", "NXPAD", "NYPAD", "OUTAMP", "MJDUTC", "BZERO", "BSCALE");

    private final Path scratch;

    HcmTarget(Path scratch) {
        this.scratch = scratch;
    }

    @Override
    public String format() {
        return "hcm";
    }

    @Override
    public List<FuzzInput> seeds() {
        Map<String, io.github.hipercam.model.Frame> frames = new LinkedHashMap<>();
        frames.put("mccd2", SynthHcm.frame(2, 1));
        frames.put("mccd1", SynthHcm.frame(1, 3));
        Mccd one = SynthHcm.frame(1, 2);
        frames.put("ccd", one.ccd("1").withHead(one.head()));
        List<FuzzInput> out = new ArrayList<>();
        for (Map.Entry<String, io.github.hipercam.model.Frame> e : frames.entrySet()) {
            Path f = scratch.resolve("seed-" + e.getKey() + ".hcm");
            Hcm.write(f, e.getValue(), true);
            try {
                out.add(FuzzInput.of(e.getKey(), "frame.hcm", Files.readAllBytes(f)));
                Files.delete(f);
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            }
        }
        return out;
    }

    @Override
    public FuzzInput mutate(FuzzInput in, SplittableRandom r) {
        byte[] b = in.file("frame.hcm");
        ByteMutations.Result m = r.nextInt(10) < 6 ? FitsMutations.any(b, KEYS, 0, r)
                : ByteMutations.any(b, 0, b.length, r);
        return in.with("frame.hcm", m.bytes(), m.what());
    }

    @Override
    public void run(FuzzInput in, Path dir) throws Exception {
        in.writeTo(dir);
        Path f = dir.resolve("frame.hcm");
        List<String> labels = new ArrayList<>();
        new Steps()
                .then(() -> Hcm.ccdInfo(f).stream().map(CcdPars::label).forEach(labels::add))
                .then(() -> Steps.touch(Hcm.read(f)))
                .then(() -> Steps.touch(Hcm.readCcd(f, labels.isEmpty() ? null : labels.get(0))))
                .then(() -> RunReading.dumped(Dump.rhcam(f)))
                .done();
    }
}
