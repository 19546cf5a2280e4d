package io.github.hipercam.cli;

import java.nio.file.Path;
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
