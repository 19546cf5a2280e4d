package io.github.hipercam.spool;

import io.github.hipercam.InvalidArgumentException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * The per-source options of {@link Spoolers#open}, in one immutable object.
 * Start from {@link #defaults()} and change what you need:
 *
 * <pre>{@code
 * SpoolOptions o = SpoolOptions.defaults().withFull(false).withTimeout(Duration.ofSeconds(5));
 * try (Spooler<Ccd> spool = Spoolers.openCcd("hf", "frames.lis", 1, o.withCcd("2"))) { ... }
 * }</pre>
 *
 * @param full true for the full headers of raw runs; false for the minimal
 *     headers the reference gives with {@code full=False} (faster)
 * @param serverUrl base URL of a file server, spelt as the environment
 *     variables spell it, or null to take it from the environment
 *     ({@code HIPERCAM_DEFAULT_URL}, {@code ULTRACAM_DEFAULT_URL})
 * @param timeout how long any single network wait may last
 * @param ccd label of the one CCD wanted from each frame, or null for whole
 *     frames; used by {@link Spoolers#openCcd(String, String, int, SpoolOptions)}
 *     for every source (a list of {@code .hcm} files then reads only that CCD)
 * @param follow false (the default) for the reference's disk spools, which
 *     end at the current end of a local file read from {@code first >= 1}
 *     (a partly written last frame ends the spool or is an error, as there);
 *     true to follow a local run that is still being written: the end of the
 *     file, or a partly written frame, is then "not yet" until a frame
 *     arrives, so that a {@link HangAbout} can wait. Servers always follow.
 * @param decodeThreads how many threads a spool decodes frames on: 0 (the
 *     default) decodes a local run read forwards on every core (a format may
 *     limit that to frames below a size), anything else one frame at a time; 1 decodes one frame at a time in the caller's thread; more
 *     decodes that many ahead. Frames, times and the end are the same either way.
 * @param root a directory that local reads are confined to, or null (the
 *     default) for none: each file is then resolved to its real path when it
 *     is opened, refused unless that lies inside the directory's real path,
 *     and opened without following a link in its last part (the file server
 *     serves a directory this way)
 */
public record SpoolOptions(boolean full, String serverUrl, Duration timeout, String ccd, boolean follow,
        int decodeThreads, Path root) {

    /** Environment variable naming the default source of the command line. */
    public static final String ENV_SOURCE = "HIPERCAM_DEFAULT_SOURCE";
    /** Environment variable with the HiPERCAM server's address (host:port/, ws:// is implied). */
    public static final String ENV_HIPERCAM_URL = "HIPERCAM_DEFAULT_URL";
    /** Environment variable with the ULTRACAM/ULTRASPEC server's URL. */
    public static final String ENV_ULTRACAM_URL = "ULTRACAM_DEFAULT_URL";

    private static final SpoolOptions DEFAULTS = new SpoolOptions(true, null, Duration.ofSeconds(10), null, false, 0, null);

    /** Validates the values. */
    public SpoolOptions {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new InvalidArgumentException("timeout must be positive, got " + timeout);
        }
        if (ccd != null && ccd.isBlank()) {
            throw new InvalidArgumentException("CCD label must not be blank; use null for whole frames");
        }
        if (decodeThreads < 0 || decodeThreads > 256) {
            throw new InvalidArgumentException("decodeThreads must be 0 (automatic) to 256, got " + decodeThreads);
        }
        if (serverUrl != null && serverUrl.isBlank()) {
            throw new InvalidArgumentException("server URL must not be blank; use null for the environment's");
        }
    }

    /**
     * Options for whole frames (the form before CCD selection was added).
     *
     * @param full full headers or not
     * @param serverUrl server base URL or null
     * @param timeout network timeout
     */
    public SpoolOptions(boolean full, String serverUrl, Duration timeout) {
        this(full, serverUrl, timeout, null, false, 0, null);
    }

    /** @return full headers, URLs from the environment, 10 s timeout, whole frames */
    public static SpoolOptions defaults() {
        return DEFAULTS;
    }

    /**
     * @param value full headers or not
     * @return a copy with that setting
     */
    public SpoolOptions withFull(boolean value) {
        return new SpoolOptions(value, serverUrl, timeout, ccd, follow, decodeThreads, root);
    }

    /**
     * @param value server base URL, or null for the environment's
     * @return a copy with that setting
     */
    public SpoolOptions withServerUrl(String value) {
        return new SpoolOptions(full, value, timeout, ccd, follow, decodeThreads, root);
    }

    /**
     * @param value network timeout
     * @return a copy with that setting
     */
    public SpoolOptions withTimeout(Duration value) {
        return new SpoolOptions(full, serverUrl, value, ccd, follow, decodeThreads, root);
    }

    /**
     * @param label the CCD wanted from each frame, or null for whole frames
     * @return a copy with that setting
     */
    public SpoolOptions withCcd(String label) {
        return new SpoolOptions(full, serverUrl, timeout, label, follow, decodeThreads, root);
    }

    /**
     * @param value true to follow a local run that is still being written
     *     (see {@link #follow()})
     * @return a copy with that setting
     */
    public SpoolOptions withFollow(boolean value) {
        return new SpoolOptions(full, serverUrl, timeout, ccd, value, decodeThreads, root);
    }

    /**
     * @param value threads to decode on: 0 automatic, 1 one frame at a time, more to decode ahead
     * @return a copy with that setting
     */
    public SpoolOptions withDecodeThreads(int value) {
        return new SpoolOptions(full, serverUrl, timeout, ccd, follow, value, root);
    }

    /**
     * @param dir the directory local reads are confined to, or null for none (see {@link #root()})
     * @return a copy with that setting
     */
    public SpoolOptions withRoot(Path dir) {
        return new SpoolOptions(full, serverUrl, timeout, ccd, follow, decodeThreads, dir);
    }

    /**
     * The server address for an instrument: {@link #serverUrl()} when set,
     * else the environment variable the reference reads for that instrument
     * ({@value #ENV_ULTRACAM_URL} for ULTRACAM and ULTRASPEC,
     * {@value #ENV_HIPERCAM_URL} for the rest), else the reference's default.
     *
     * @param instrument instrument name, e.g. "hipercam"
     * @param env looks up an environment variable ({@code System::getenv}, or a map in tests)
     * @return the address as the environment spells it
     */
    public String serverUrlFor(String instrument, UnaryOperator<String> env) {
        if (serverUrl != null) {
            return serverUrl;
        }
        boolean ucam = "ultracam".equals(instrument) || "ultraspec".equals(instrument);
        String value = env.apply(ucam ? ENV_ULTRACAM_URL : ENV_HIPERCAM_URL);
        if (value != null && !value.isBlank()) {
            return value.strip();
        }
        return ucam ? "http://localhost:8007/" : "localhost:8007/";
    }
}
