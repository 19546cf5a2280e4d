package io.github.hipercam.hcam;

import io.github.hipercam.synth.HcamRunSpec;
import io.github.hipercam.synth.HcamRunWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The synthetic runs behind the golden tests, one per readout case. Their
 * expected dumps ({@code src/test/resources/hcam-golden/NAME.json}) were
 * printed by the reference pipeline (HiPERCAM/hipercam {@code hcam.Rdata})
 * reading these very runs; {@link #main} writes the runs for that purpose.
 */
final class HcamGoldenCases {

    /** Cases by name; each is dumped from frame 1. */
    static final Map<String, HcamRunSpec> CASES = cases();

    private HcamGoldenCases() {
    }

    private static Map<String, HcamRunSpec> cases() {
        Map<String, HcamRunSpec> m = new LinkedHashMap<>();
        m.put("fullframe-bin5x4-scans-clear", HcamRunSpec.of("FullFrame").withBinning(5, 4).withScans(true, true)
                .withClear(true).withFrames(2));
        m.put("fullframe-bin8-nsampdefault", HcamRunSpec.of("FullFrame").withBinning(8, 8).withNsamp(0)
                .withNskips(1, 0, 0, 0, 2).withFrames(3));
        m.put("fullframe-bin4x8-nsamp1-overscan", HcamRunSpec.of("FullFrame").withBinning(4, 8).withNsamp(1)
                .withScans(false, true).withFrames(2));
        m.put("onewin-rotated-noscans", HcamRunSpec.of("OneWindow").withRotated(3, 5).withFrames(3));
        m.put("onewin-bin3x2-nsamp1", HcamRunSpec.of("OneWindow").withBinning(3, 2).withNsamp(1)
                .withWindows(new HcamRunSpec.Win(10, 20, 30, 40, 60, 36, 24)).withFrames(3));
        m.put("onewin-prescan-timefaults", HcamRunSpec.of("OneWindow").withScans(true, false).withNsamp(1)
                .withNskips(0, 1, 0, 2, 3).withFrames(5).withCounters(1L, 2L, 4L, 5L, 6L)
                .withTimeFaults(Set.of(4), Set.of(2)));
        m.put("twowin-bin2-scans-clear-nskip", HcamRunSpec.of("TwoWindow").withBinning(2, 2).withScans(true, true)
                .withClear(true).withNskips(2, 0, 1, 0, 0).withFrames(4));
        m.put("twowin-bin1x8-overscan", HcamRunSpec.of("TwoWindow").withBinning(1, 8).withScans(false, true)
                .withFrames(2));
        m.put("drift-nwins3", HcamRunSpec.of("Drift").withDriftWindows(3).withBinning(2, 2)
                .withWindows(new HcamRunSpec.Win(200, 210, 220, 230, 0, 40, 30)).withFrames(6));
        m.put("drift-midnight", HcamRunSpec.of("Drift").withDriftWindows(2).withFrames(3)
                .withWindows(new HcamRunSpec.Win(0, 5, 10, 15, 0, 16, 16))
                .withTimes(java.time.LocalDateTime.of(2019, 12, 31, 23, 59, 59, 999_950_000), 0.01));
        return m;
    }

    /**
     * Writes every case's run to a folder.
     *
     * @param args the folder
     */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        for (Map.Entry<String, HcamRunSpec> e : CASES.entrySet()) {
            HcamRunWriter.write(dir.resolve(e.getKey() + ".fits"), e.getValue(), true);
            System.out.println(e.getKey());
        }
    }
}
