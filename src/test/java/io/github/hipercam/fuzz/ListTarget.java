package io.github.hipercam.fuzz;

import io.github.hipercam.synth.HcamRunWriter;
import io.github.hipercam.synth.HcamSamples;
import io.github.hipercam.synth.SynthHcm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Lists of {@code .hcm} files, source {@code hf}. An input is the list
 * alone; it is read from a folder that holds the frames it names (written by
 * {@link SynthHcm#writeList}), a sub-folder and a raw run, so that odd
 * names can point at things that are not {@code .hcm} files. Absolute names
 * are written with {@link #DIR} for that folder.
 */
final class ListTarget implements FuzzTarget {

    /** Names a user might type, or a broken program might write. */
    static final String[] ODD = {
        "frame_001\u0000x", "\u0000", "frame_001.hcm\u0000", "A".repeat(100_000), "a".repeat(255) + ".hcm",
        "a".repeat(256), "x/".repeat(3000), "/", ".", "..", "../", "sub", "sub/", "/dev/null", "/dev/zero",
        "fuzz.lis", "run0001.fits", "run0001", "~", "~/frame_001", "file:frame_001.hcm", "C:\\frame_001.hcm",
        "frame_001.hcm.hcm", "frame_001 .hcm", "frame_00\u00e9", "a/b/../../frame_001", "frame_001.", ".hcm",
        "*", "frame_00?", "%s%n", "${user.home}", "-", "#frame_001", "frame_001\r", "\ufeffframe_001",
        "frame_001\tframe_002", "/proc/self/status", "\\\\server\\share\\x.hcm", "sub/../frame_002",
    };

    /**
     * Stands for the fixture's absolute path in inputs, so that an input
     * (and what its mutations hit) does not depend on where the campaign runs.
     */
    static final String DIR = "{DIR}";

    private final Path fixture;

    ListTarget(Path scratch) {
        this.fixture = scratch.resolve("lis-fixture");
    }

    @Override
    public String format() {
        return "lis";
    }

    @Override
    public List<FuzzInput> seeds() {
        try {
            SynthHcm.writeList(fixture, 2, 3, true);
            Files.createDirectories(fixture.resolve("sub"));
            HcamRunWriter.write(fixture.resolve("run0001.fits"), HcamSamples.RUNS.get("run0001").withFrames(1), true);
            byte[] list = Files.readAllBytes(fixture.resolve("frames.lis"));
            Files.delete(fixture.resolve("frames.lis"));
            String abs = DIR + "/frame_002.hcm\nframe_003\n";
            return List.of(FuzzInput.of("synth", "fuzz.lis", list),
                    FuzzInput.of("absolute", "fuzz.lis", abs.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public FuzzInput mutate(FuzzInput in, SplittableRandom r) {
        byte[] b = in.file("fuzz.lis");
        List<String> lines = new ArrayList<>(Arrays.asList(new String(b, StandardCharsets.UTF_8).split("\n", -1)));
        int at = r.nextInt(lines.size() + 1);
        String odd = ODD[r.nextInt(ODD.length)];
        String shown = odd.length() > 40 ? odd.length() + " characters" : "'" + odd.replace("\u0000", "\\0") + "'";
        String what;
        switch (r.nextInt(10)) {
            case 0, 1, 2 -> {
                lines.add(at, odd);
                what = "line " + (at + 1) + " " + shown + " inserted";
            }
            case 3, 4 -> {
                int i = Math.min(at, lines.size() - 1);
                lines.set(i, odd);
                what = "line " + (i + 1) + " replaced by " + shown;
            }
            case 5 -> {
                int i = Math.min(at, lines.size() - 1);
                String s = lines.get(i);
                int p = s.isEmpty() ? 0 : r.nextInt(s.length() + 1);
                lines.set(i, s.substring(0, p) + "\u0000" + s.substring(p));
                what = "NUL put into line " + (i + 1) + " at " + p;
            }
            case 6 -> {
                int i = Math.min(at, lines.size() - 1);
                lines.remove(i);
                what = "line " + (i + 1) + " deleted";
            }
            case 7 -> {
                int i = Math.min(at, lines.size() - 1);
                String s = lines.get(i);
                int n = s.length() > 1000 ? 5 : 200;
                for (int k = 0; k < n; k++) {
                    lines.add(i, s);
                }
                what = "line " + (i + 1) + " repeated " + n + " times";
            }
            default -> {
                ByteMutations.Result m = ByteMutations.any(b, 0, b.length, r);
                return in.with("fuzz.lis", m.bytes(), m.what());
            }
        }
        String sep = r.nextInt(8) == 0 ? "\r\n" : "\n";
        return in.with("fuzz.lis", String.join(sep, lines).getBytes(StandardCharsets.UTF_8),
                what + (sep.length() > 1 ? ", CRLF line ends" : ""));
    }

    @Override
    public void run(FuzzInput in, Path dir) throws Exception {
        Path list = fixture.resolve("fuzz.lis");
        Files.write(list, withFolder(in.file("fuzz.lis"), fixture.toAbsolutePath().toString()));
        RunReading.read("hf", list.toString());
    }

    /**
     * @param list a list's bytes
     * @param folder what {@link #DIR} stands for
     * @return the bytes with every {@link #DIR} replaced
     */
    static byte[] withFolder(byte[] list, String folder) {
        byte[] key = DIR.getBytes(StandardCharsets.US_ASCII);
        byte[] with = folder.getBytes(StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < list.length; i++) {
            if (i + key.length <= list.length && Arrays.equals(list, i, i + key.length, key, 0, key.length)) {
                out.writeBytes(with);
                i += key.length - 1;
            } else {
                out.write(list[i]);
            }
        }
        return out.toByteArray();
    }
}
