package io.github.hipercam.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The CI smoke run: a fixed, seeded set of inputs per format (about 40 s
 * in all on an idle 2-core machine, twice that when it is busy), each in a
 * forked worker JVM at -Xmx256m with
 * 5 s per input, as the long campaign runs them. Every input must read
 * normally or end in a HipercamException; the only other outcomes tolerated
 * are the signatures of the crashers still open under
 * {@code src/test/resources/fuzz/open/} (see {@link FuzzRegressionTest}),
 * so a new kind of failure fails the build and a fixed one cannot come back
 * once its crasher has moved out of {@code open/}.
 */
class FuzzSmokeTest {

    /** Inputs per format: a few seconds each. */
    static final Map<String, Integer> INPUTS = Map.of("hl", 1200, "ul-xml", 1000, "ul-dat", 1500, "hcm", 1000,
            "lis", 1000, "us-req", 3000, "hs-req", 2000);
    static final long SEED = 13;

    @TempDir
    Path scratch;

    @ParameterizedTest
    @ValueSource(strings = {"hl", "ul-xml", "ul-dat", "hcm", "lis", "us-req", "hs-req"})
    void everyInputReadsOrGivesADomainError(String format) throws Exception {
        int n = INPUTS.get(format);
        FuzzCampaign.Options o = new FuzzCampaign.Options(List.of(format), 0, n, SEED, 5, "256m", scratch, null,
                null);
        FuzzCampaign.Tally t = FuzzCampaign.run(o, format, System.out);
        String report = FuzzCampaign.table(List.of(t)) + FuzzCampaign.signatures(o, List.of(t));
        System.out.print(report);
        assertEquals(n, t.inputs, report);
        assertTrue(t.count(Outcome.Kind.OK) > 0 && t.count(Outcome.Kind.DOMAIN) > 0,
                "the mutations reach both good and refused inputs:\n" + report);
        Set<String> open = FuzzRegressionTest.openSignatures(format);
        List<String> unexpected = t.failures().stream().filter(s -> !open.contains(s.kind + " " + s.name))
                .map(s -> s.kind + " " + s.name + " (" + s.count + ", e.g. input " + s.index + ")").toList();
        assertTrue(unexpected.isEmpty(), "failures that are neither domain errors nor known open crashers: "
                + unexpected + "\n" + report + "\nrebuild one with FuzzCampaign --formats " + format + " --seed "
                + SEED + " --inputs " + n + " (it saves the smallest example of each)");
    }
}
