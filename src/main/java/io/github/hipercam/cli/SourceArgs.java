package io.github.hipercam.cli;

import io.github.hipercam.spool.SpoolOptions;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/** Options shared by the commands that read a source. */
final class SourceArgs {

    @Option(names = "--source", description = "hl, hs, ul, us, hf, rhcam or NAME:local / NAME:server"
            + " (default: $HIPERCAM_DEFAULT_SOURCE, else hl)")
    String source;

    @Option(names = "--resource", required = true, description = "run name, list file or .hcm file")
    String resource;

    @Option(names = "--first", defaultValue = "1", description = "first frame: 1 the first, 0 the last"
            + " complete one, negative that many before the last (default: ${DEFAULT-VALUE})")
    int first;

    @Option(names = "--chdir", description = "directory that relative resources are taken from")
    Path chdir;

    @Option(names = "--server-url", description = "file server base address for hs and us, e.g. localhost:8007/"
            + " (default: $HIPERCAM_DEFAULT_URL or $ULTRACAM_DEFAULT_URL)")
    String serverUrl;

    @Option(names = "--timeout", defaultValue = "10", description = "seconds that any one wait on a file server"
            + " may last (default: ${DEFAULT-VALUE})")
    double timeout;

    /** @return the per-source options these arguments give */
    SpoolOptions options() {
        return SpoolOptions.defaults().withServerUrl(serverUrl)
                .withTimeout(Duration.ofMillis(Math.round(Math.min(timeout, 1e9) * 1000)));
    }

    String source() {
        if (source != null) {
            return source;
        }
        String env = System.getenv("HIPERCAM_DEFAULT_SOURCE");
        return env == null || env.isBlank() ? "hl" : env.strip();
    }

    /** @return the resource to open, resolved against --chdir when it is a relative path */
    String resolved() {
        if (chdir == null || source().endsWith("s") || source().endsWith(":server")) {
            return resource;
        }
        Path p = Path.of(resource);
        return p.isAbsolute() ? resource : chdir.resolve(p).toString();
    }
}
