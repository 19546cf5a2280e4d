package io.github.hipercam.cli;

import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.run.SourceCode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The source arguments shared by the commands: {@code SOURCE RESOURCE} as
 * positional arguments or as {@code --source}/{@code --resource} (the
 * spelling of DUMP-FORMAT.md). A single positional argument is the resource,
 * the source then coming from {@code --source}, {@code $HIPERCAM_DEFAULT_SOURCE}
 * or, failing both, {@code hl}, as in the reference.
 */
final class SourceArgs {

    @Parameters(arity = "0..2", paramLabel = "SOURCE RESOURCE",
            description = "data source and resource; one value alone is the resource")
    List<String> positional = new ArrayList<>();

    @Option(names = "--source", description = "hl, hs, ul, us, hf, NAME:local / NAME:server, or rhcam (one .hcm file; info and dump)"
            + " (default: $HIPERCAM_DEFAULT_SOURCE, else hl)")
    String sourceOption;

    @Option(names = "--resource", description = "run name, list file or .hcm file")
    String resourceOption;

    @Option(names = "--chdir", description = "directory that relative resources (and outputs) are taken from")
    Path chdir;

    @Option(names = {"--url", "--server-url"}, description = "file-server address for server sources"
            + " (default: $HIPERCAM_DEFAULT_URL or $ULTRACAM_DEFAULT_URL)")
    String url;

    @Option(names = "--timeout", defaultValue = "10", description = "seconds any one network wait may last"
            + " (default: ${DEFAULT-VALUE})")
    double timeout;

    @Option(names = "--minimal", description = "minimal headers (the reference's full=False)")
    boolean minimal;

    /**
     * @param context for the environment
     * @return the source code
     */
    String source(CliContext context) {
        if (positional.size() == 2) {
            if (sourceOption != null) {
                throw new InvalidArgumentException("source given twice: '" + positional.get(0) + "' and --source "
                        + sourceOption);
            }
            return positional.get(0);
        }
        if (sourceOption != null) {
            return sourceOption;
        }
        String env = context.env().apply(SpoolOptions.ENV_SOURCE);
        return env == null || env.isBlank() ? "hl" : env.strip();
    }

    /** @return the resource as given */
    String resource() {
        String pos = positional.isEmpty() ? null : positional.get(positional.size() - 1);
        if (pos != null && resourceOption != null) {
            throw new InvalidArgumentException("resource given twice: '" + pos + "' and --resource "
                    + resourceOption);
        }
        String r = pos != null ? pos : resourceOption;
        if (r == null) {
            throw new InvalidArgumentException("no resource given: pass SOURCE RESOURCE or --resource");
        }
        return r;
    }

    /**
     * @param context for the environment
     * @return the resource to open: relative paths are taken from --chdir, except for servers
     */
    String resolved(CliContext context) {
        String resource = resource();
        if (chdir == null || isServer(source(context))) {
            return resource;
        }
        return within(Path.of(resource)).toString();
    }

    /**
     * @param p a path
     * @return the path taken from --chdir if it is relative
     */
    Path within(Path p) {
        return chdir == null || p.isAbsolute() ? p : chdir.resolve(p).normalize();
    }

    /**
     * @param context for the environment
     * @return the spool options the arguments ask for
     */
    SpoolOptions options(CliContext context) {
        if (!(timeout > 0) || timeout > 1e6) {
            throw new InvalidArgumentException("--timeout must be a positive number of seconds, got " + timeout);
        }
        SpoolOptions o = SpoolOptions.defaults().withFull(!minimal)
                .withTimeout(Duration.ofMillis(Math.max(1, Math.round(timeout * 1000))));
        String source = source(context);
        if (isServer(source)) {
            SpoolOptions given = o.withServerUrl(url);
            o = given.withServerUrl(given.serverUrlFor(instrumentOf(source), context.env()));
        } else if (url != null) {
            throw new InvalidArgumentException("--url is for server sources (hs, us, NAME:server), not " + source);
        }
        return o;
    }

    /** @return true for a server source; {@code rhcam} (one .hcm file) is not a data source */
    private static boolean isServer(String source) {
        return !"rhcam".equals(source) && SourceCode.parse(source).isServer();
    }

    private static String instrumentOf(String source) {
        return switch (source) {
            case "hs" -> "hipercam";
            case "us" -> "ultracam";
            default -> source.substring(0, source.indexOf(':'));
        };
    }
}
