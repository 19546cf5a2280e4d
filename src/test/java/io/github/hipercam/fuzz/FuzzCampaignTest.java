package io.github.hipercam.fuzz;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Starts the long campaign from Maven, which supplies the class path:
 * <pre>
 * mvn -B -o -q test -Dtest=FuzzCampaignTest -Dfuzz.args="--formats all --inputs 100000"
 * </pre>
 * It runs only when {@code fuzz.args} is set; its result is the printed
 * table, not a verdict ({@link FuzzSmokeTest} is the one that judges).
 */
class FuzzCampaignTest {

    @Test
    @EnabledIfSystemProperty(named = "fuzz.args", matches = ".*")
    void campaign() throws Exception {
        FuzzCampaign.main(System.getProperty("fuzz.args").trim().split("\\s+"));
    }
}
