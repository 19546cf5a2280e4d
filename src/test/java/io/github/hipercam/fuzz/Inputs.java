package io.github.hipercam.fuzz;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Builds input {@code i} of a format from the campaign's seed alone, so that
 * the supervisor can rebuild any input a worker reported.
 */
final class Inputs {

    /** The formats, in campaign order. */
    static final List<String> FORMATS = List.of("hl", "ul-xml", "ul-dat", "hcm", "lis", "us-req", "hs-req");

    private Inputs() {
    }

    /**
     * @param format a format name
     * @param scratch a folder of its own for seeds and fixtures
     * @return the target
     */
    static FuzzTarget target(String format, Path scratch) {
        return switch (format) {
            case "hl" -> new HlTarget(scratch);
            case "ul-xml" -> new UlTarget(scratch, true);
            case "ul-dat" -> new UlTarget(scratch, false);
            case "hcm" -> new HcmTarget(scratch);
            case "lis" -> new ListTarget(scratch);
            case "us-req" -> new ServerTarget(scratch, false);
            case "hs-req" -> new ServerTarget(scratch, true);
            default -> throw new IllegalArgumentException("unknown format '" + format + "'; formats are " + FORMATS);
        };
    }

    /**
     * @param target the format
     * @param seeds its seeds
     * @param campaign the campaign's seed
     * @param index input number
     * @return the input: a seed with one to three mutations
     */
    static FuzzInput make(FuzzTarget target, List<FuzzInput> seeds, long campaign, long index) {
        SplittableRandom r = new SplittableRandom(campaign * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L);
        FuzzInput in = seeds.get(r.nextInt(seeds.size()));
        int n = r.nextInt(4) == 0 ? 2 + r.nextInt(2) : 1;
        for (int k = 0; k < n; k++) {
            in = target.mutate(in, r);
        }
        return in;
    }
}
