package io.github.hipercam.net;

import io.github.hipercam.wire.HcamProtocol;
import io.github.hipercam.wire.UcamProtocol;
import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.spool.SpoolOptions;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Where a run lives on a file server. The base address is
 * {@link SpoolOptions#serverUrl()} if set, else the environment variable
 * ({@value HcamProtocol#ENV_URL} or {@value UcamProtocol#ENV_URL}), else the
 * reference's default.
 *
 * <p>Unlike the reference, which glues base and run together as given, a base
 * may be written with or without its scheme ({@code localhost:8007/},
 * {@code ws://host:8007/} and {@code http://host:8007/} all work for either
 * server) and with or without the final slash.
 */
public final class ServerAddress {

    private ServerAddress() {
    }

    /**
     * @param run run name, e.g. {@code run0012} or {@code 2026-11-27/run0012}
     * @param options where the base address may be set
     * @return {@code ws://<base><run>}
     * @throws InvalidArgumentException if the run name is not of the form {@code .*run[0-9]+}
     */
    public static URI hipercamRun(String run, SpoolOptions options) {
        return hipercamRun(run, options.serverUrl(), System::getenv);
    }

    /**
     * @param run run name
     * @param options where the base URL may be set
     * @return {@code http://<base><run>} (no query)
     */
    public static URI ultracamRun(String run, SpoolOptions options) {
        return ultracamRun(run, options.serverUrl(), System::getenv);
    }

    static URI hipercamRun(String run, String configured, UnaryOperator<String> env) {
        if (run == null || !HcamProtocol.RUN_NAME.matcher(run).matches()) {
            throw new InvalidArgumentException("'" + run + "': the HiPERCAM file server serves runs named like"
                    + " 'run0012', optionally after a directory ('night1/run0012')");
        }
        String base = base(configured, env, HcamProtocol.ENV_URL, HcamProtocol.DEFAULT_URL);
        return build("ws", base, run);
    }

    static URI ultracamRun(String run, String configured, UnaryOperator<String> env) {
        if (run == null || run.isBlank()) {
            throw new InvalidArgumentException("an ULTRACAM server run needs a name, e.g. 'run012', got '"
                    + run + "'");
        }
        String base = base(configured, env, UcamProtocol.ENV_URL, UcamProtocol.DEFAULT_URL);
        return build("http", base, run);
    }

    private static String base(String configured, UnaryOperator<String> env, String var, String fallback) {
        if (configured != null && !configured.isBlank()) {
            return configured.strip();
        }
        String fromEnv = env.apply(var);
        return fromEnv == null || fromEnv.isBlank() ? fallback : fromEnv.strip();
    }

    /** @param family "ws" or "http": the scheme family wanted, secure kept secure */
    private static URI build(String family, String base, String run) {
        String rest = base;
        boolean secure = false;
        int sep = base.indexOf("://");
        if (sep >= 0) {
            String scheme = base.substring(0, sep).toLowerCase(Locale.ROOT);
            secure = scheme.equals("wss") || scheme.equals("https");
            if (!secure && !scheme.equals("ws") && !scheme.equals("http")) {
                throw new InvalidArgumentException("file server address '" + base
                        + "': expected ws://, wss://, http://, https:// or no scheme");
            }
            rest = base.substring(sep + 3);
        }
        if (!rest.endsWith("/")) {
            rest = rest + "/";
        }
        String text = family + (secure ? "s" : "") + "://" + rest + encodePath(run.replaceFirst("^/+", ""));
        try {
            URI uri = new URI(text);
            if (uri.getHost() == null) {
                throw new InvalidArgumentException("file server address '" + base + "' has no host name");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new InvalidArgumentException("file server address '" + text + "' is not a valid URI: "
                    + e.getMessage());
        }
    }

    /** Percent-encodes everything in a run path but unreserved characters and '/'. */
    static String encodePath(String run) {
        StringBuilder b = new StringBuilder();
        for (byte x : run.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if (Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '.' || c == '_' || c == '~'
                    || c == '/') {
                b.append((char) c);
            } else {
                b.append('%').append(String.format("%02X", c));
            }
        }
        return b.toString();
    }
}
