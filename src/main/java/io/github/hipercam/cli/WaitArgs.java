package io.github.hipercam.cli;

import io.github.hipercam.spool.HangAbout;
import picocli.CommandLine.Option;

/** The wait options of the commands that follow a growing run: the reference's {@code hang_about}. */
final class WaitArgs {

    @Option(names = "--twait", defaultValue = "1", description = "seconds between tries for a new frame"
            + " (default: ${DEFAULT-VALUE})")
    double twait;

    @Option(names = "--tmax", defaultValue = "10", description = "seconds to wait without a new frame"
            + " (default: ${DEFAULT-VALUE})")
    double tmax;

    /**
     * @param context where status lines go and how to sleep
     * @return the wait policy these options ask for
     */
    HangAbout hangAbout(CliContext context) {
        return context.hangAbout(twait, tmax);
    }
}
