package io.github.hipercam.hcam;

import io.github.hipercam.synth.HcamRunSpec;
import io.github.hipercam.synth.HcamRunWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs where differential testing against the reference pipeline found a
 * disagreement (now fixed), each with the {@code first} values dumped. The
 * expected documents ({@code src/test/resources/hcam-fuzz/NAME.firstN.json})
 * were printed by the reference reading the very files {@link #write}
 * makes; {@link #main} writes them for that purpose.
 */
final class HcamFuzzCases {

    /**
     * A run, the bytes cut off its end (0 for none), a header card to change,
     * and the first frames dumped.
     *
     * @param spec the run
     * @param cut bytes removed from the end of the written file
     * @param card start of a header card to replace, or null
     * @param replacement the new card
     * @param firsts values of {@code first} with an expected document
     */
    record Case(HcamRunSpec spec, int cut, String card, String replacement, List<Integer> firsts) {
    }

    static final Map<String, Case> CASES = cases();

    private HcamFuzzCases() {
    }

    private static Map<String, Case> cases() {
        Map<String, Case> m = new LinkedHashMap<>();
        // first beyond the last frame: no frame, so the reference's type is null, and it stops
        m.put("onewin-first-beyond-end", new Case(HcamRunSpec.of("OneWindow").withBinning(2, 2)
                .withWindows(new HcamRunSpec.Win(8, 16, 24, 32, 40, 16, 8)).withFrames(2), 0, null, null, List.of(3, 2)));
        // NSAMP 1 with a window set of 17x7 pixels (not in fours): frames fail to decode, but only
        // when one is read; a first beyond the end just stops. (Our writer refuses such a run, so it
        // is written with NSAMP 4, then the card says 1.)
        m.put("onewin-nsamp1-odd-pixels", new Case(HcamRunSpec.of("OneWindow").withNsamp(4)
                .withWindows(new HcamRunSpec.Win(3, 5, 7, 9, 11, 17, 7)).withFrames(2), 0,
                "HIERARCH ESO DET NSAMP", "HIERARCH ESO DET NSAMP = 1", List.of(1, 3)));
        // NAXIS3 = 3 but the file ends inside frame 3: the frames held, then the end
        HcamRunSpec two = HcamRunSpec.of("TwoWindow").withBinning(2, 2).withScans(true, true)
                .withWindows(new HcamRunSpec.Win(1, 2, 3, 4, 5, 20, 16), new HcamRunSpec.Win(6, 7, 8, 9, 100, 10, 8))
                .withNskips(1, 0, 0, 0, 0).withFrames(3);
        m.put("twowin-truncated-last-frame", new Case(two, HcamRunWriter.frameSize(two) / 2, null, null,
                List.of(1, 2, 3)));
        // a run being written: NAXIS3 still 0, two whole frames and part of the third, no padding;
        // the reference's local spool reads the two and stops (it never waits)
        HcamRunSpec grow = HcamRunSpec.of("OneWindow").withNsamp(1).withScans(true, true).withBinning(5, 4)
                .withWindows(new HcamRunSpec.Win(100, 120, 140, 160, 50, 40, 24)).withNskips(0, 1, 0, 2, 0)
                .withFrames(3);
        m.put("onewin-growing-naxis3-0", new Case(grow, HcamRunWriter.frameSize(grow) / 3,
                "NAXIS3  =", "NAXIS3  =                    0", List.of(1, 2)));
        // drift mode with the overscan on and windows of 4 rows: the reference cuts 8 overscan rows
        // off them and fails, but only on decoding a frame; a first beyond the end just stops
        m.put("drift-overscan-short-window", new Case(HcamRunSpec.of("Drift").withDriftWindows(1)
                .withWindows(new HcamRunSpec.Win(0, 5, 10, 15, 0, 16, 4)).withFrames(2), 0,
                "HIERARCH ESO DET INCOVSCY", "HIERARCH ESO DET INCOVSCY = T", List.of(1, 3)));
        return m;
    }

    /**
     * Writes a case's run: the writer's file with {@code cut} bytes (and its
     * FITS padding) removed from the end.
     *
     * @param c the case
     * @param file where
     * @return file
     */
    static Path write(Case c, Path file) {
        HcamRunWriter.write(file, c.spec(), true);
        try {
            byte[] all = Files.readAllBytes(file);
            int header = HcamRunWriter.header(c.spec(), c.spec().frames()).length;
            if (c.card() != null) {
                replaceCard(all, header, c.card(), c.replacement());
            }
            if (c.cut() > 0) {
                all = Arrays.copyOf(all, header + c.spec().frames() * HcamRunWriter.frameSize(c.spec()) - c.cut());
            }
            Files.write(file, all);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static void replaceCard(byte[] all, int header, String start, String replacement) {
        for (int i = 0; i < header; i += 80) {
            if (new String(all, i, start.length(), StandardCharsets.US_ASCII).equals(start)) {
                byte[] card = String.format("%-80s", replacement).getBytes(StandardCharsets.US_ASCII);
                System.arraycopy(card, 0, all, i, 80);
                return;
            }
        }
        throw new IllegalStateException("no card " + start);
    }

    /**
     * Writes every case's run to a folder, as {@code NAME/run0001.fits}.
     *
     * @param args the folder
     */
    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        for (Map.Entry<String, Case> e : CASES.entrySet()) {
            try {
                Files.createDirectories(dir.resolve(e.getKey()));
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            }
            write(e.getValue(), dir.resolve(e.getKey()).resolve("run0001.fits"));
            System.out.println(e.getKey() + " " + e.getValue().firsts());
        }
    }
}
