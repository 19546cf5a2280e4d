package io.github.hipercam.spool;

import io.github.hipercam.InvalidArgumentException;
import java.time.Duration;

/**
 * The per-source options of {@link Spoolers#open}, in one immutable object.
 * Start from {@link #defaults()} and change what you need:
 *
 * <pre>{@code
 * SpoolOptions o = SpoolOptions.defaults().withFull(false).withTimeout(Duration.ofSeconds(5));
 * }</pre>
 *
 * @param full true for the full headers of raw runs; false for the minimal
 *     headers the reference gives with {@code full=False} (faster)
 * @param serverUrl base URL of a file server, or null to take it from the
 *     environment ({@code HIPERCAM_DEFAULT_URL}, {@code ULTRACAM_DEFAULT_URL})
 * @param timeout how long any single network wait may last
 */
public record SpoolOptions(boolean full, String serverUrl, Duration timeout) {

    private static final SpoolOptions DEFAULTS = new SpoolOptions(true, null, Duration.ofSeconds(10));

    /** Validates the values. */
    public SpoolOptions {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new InvalidArgumentException("timeout must be positive, got " + timeout);
        }
    }

    /** @return full headers, URLs from the environment, 10 s timeout */
    public static SpoolOptions defaults() {
        return DEFAULTS;
    }

    /**
     * @param value full headers or not
     * @return a copy with that setting
     */
    public SpoolOptions withFull(boolean value) {
        return new SpoolOptions(value, serverUrl, timeout);
    }

    /**
     * @param value server base URL, or null for the environment's
     * @return a copy with that setting
     */
    public SpoolOptions withServerUrl(String value) {
        return new SpoolOptions(full, value, timeout);
    }

    /**
     * @param value network timeout
     * @return a copy with that setting
     */
    public SpoolOptions withTimeout(Duration value) {
        return new SpoolOptions(full, serverUrl, value);
    }
}
