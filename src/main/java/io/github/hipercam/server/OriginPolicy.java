package io.github.hipercam.server;

import io.github.hipercam.InvalidArgumentException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which requests a server answers, judged by their {@code Host} and
 * {@code Origin} headers, against two attacks on a server that listens on
 * this machine:
 * <ul>
 * <li>DNS rebinding: a web page whose own name has been pointed at this
 * machine's address reads from the server as if it were the page's site.
 * Its requests carry the page's name in {@code Host}, so a {@code Host} that
 * is not the address or a name of this server is refused.</li>
 * <li>Cross-site WebSocket hijacking: any web page may open a WebSocket to
 * {@code ws://127.0.0.1:8007}; the browser then says where the page came from
 * in {@code Origin}. An {@code Origin} other than the server itself (the
 * scheme, name and port the request was sent to) is refused.</li>
 * </ul>
 * Programs that are not browsers (our clients, the reference pipeline's)
 * send no {@code Origin}, or their own address as the reference's
 * {@code websocket} module does, and a {@code Host} they reached the server
 * by, so they are never refused. Other names and origins are let in with
 * {@code --allow-origin}: a value is {@code *} (anything), an origin such as
 * {@code http://example.org:8080}, or a bare name with or without a port; its
 * name is then also accepted in {@code Host}.
 */
final class OriginPolicy {

    private static final List<String> LOOPBACK_NAMES = List.of("localhost", "127.0.0.1", "::1");

    /** A name (lower case, IPv6 without brackets) and a port, -1 for any. */
    record Name(String host, int port) {
    }

    private final boolean anything;
    private final List<Name> allowed;
    private final List<String> ownNames;
    private final boolean wildcard;

    private OriginPolicy(boolean anything, List<Name> allowed, List<String> ownNames, boolean wildcard) {
        this.anything = anything;
        this.allowed = List.copyOf(allowed);
        this.ownNames = List.copyOf(ownNames);
        this.wildcard = wildcard;
    }

    /**
     * @param bind the address the server listens on
     * @param allow the {@code --allow-origin} values
     * @return the policy
     * @throws InvalidArgumentException if a value is not an origin or a name
     */
    static OriginPolicy of(String bind, List<String> allow) {
        List<Name> names = new ArrayList<>();
        boolean anything = false;
        for (String v : allow) {
            if (v.strip().equals("*")) {
                anything = true;
            } else {
                names.add(parseAllowed(v.strip()));
            }
        }
        String b = unbracket(bind.strip().toLowerCase(Locale.ROOT));
        boolean wildcard = b.isEmpty() || b.equals("0.0.0.0") || b.equals("::");
        List<String> own = new ArrayList<>();
        if (!wildcard) {
            own.add(b);
        }
        if (wildcard || isLoopback(b)) {
            own.addAll(LOOPBACK_NAMES);
        }
        if (wildcard) {
            own.addAll(hostNames());
        }
        return new OriginPolicy(anything, names, own, wildcard);
    }

    /**
     * @param allow {@code --allow-origin} values
     * @throws InvalidArgumentException if one is not {@code *}, an origin or a name
     */
    static void validate(List<String> allow) {
        for (String v : allow) {
            if (v == null) {
                throw new InvalidArgumentException("--allow-origin needs a value");
            }
            if (!v.strip().equals("*")) {
                parseAllowed(v.strip());
            }
        }
    }

    private static Name parseAllowed(String v) {
        String hostPort = v;
        int scheme = v.indexOf("://");
        if (scheme >= 0) {
            URI u;
            try {
                u = URI.create(v);
            } catch (IllegalArgumentException e) {
                throw new InvalidArgumentException("--allow-origin '" + v + "' is not an origin: " + e.getMessage());
            }
            if (u.getHost() == null) {
                throw new InvalidArgumentException("--allow-origin '" + v + "' names no host");
            }
            return new Name(unbracket(u.getHost().toLowerCase(Locale.ROOT)), u.getPort() >= 0 ? u.getPort()
                    : defaultPort(u.getScheme()));
        }
        Name n = hostAndPort(hostPort, -1);
        if (n == null || n.host().isEmpty()) {
            throw new InvalidArgumentException("--allow-origin '" + v + "' is not a name, a name:port or an origin"
                    + " such as http://example.org:8080");
        }
        return n;
    }

    /**
     * @param host the request's Host header (null if it sent none)
     * @param origin the request's Origin header (null if it sent none)
     * @param requestScheme the request's scheme: http (or ws, or null) or https (or wss)
     * @throws Refusal (403) if either is foreign
     */
    void check(String host, String origin, String requestScheme) {
        if (anything) {
            return;
        }
        String scheme = "https".equalsIgnoreCase(requestScheme) || "wss".equalsIgnoreCase(requestScheme)
                ? "https" : "http";
        Name h = host == null ? null : hostAndPort(host.strip(), defaultPort(scheme));
        if (host != null && (h == null || !hostAllowed(h.host()))) {
            throw new Refusal(403, "refused: Host '" + host + "' is not an address or name of this server"
                    + " (start it with --allow-origin " + (h == null ? host : h.host())
                    + " to serve requests sent to that name)");
        }
        if (origin == null) {
            return;
        }
        Name o = origin(origin);
        boolean same = o != null && h != null && o.equals(h) && origin.strip().regionMatches(true, 0, scheme + "://",
                0, scheme.length() + 3);
        if (!same && (o == null || !listed(o))) {
            throw new Refusal(403, "refused: Origin '" + origin + "' is another site (a web page may not read"
                    + " from this server; start it with --allow-origin " + origin + " to allow it)");
        }
    }

    private boolean hostAllowed(String host) {
        if (ownNames.contains(host) || listed(new Name(host, -1))) {
            return true;
        }
        return isLocalAddress(host);
    }

    private boolean listed(Name n) {
        for (Name a : allowed) {
            if (a.host().equals(n.host()) && (a.port() < 0 || n.port() < 0 || a.port() == n.port())) {
                return true;
            }
        }
        return false;
    }

    /** An address literal of this machine is no rebinding: it names the machine, not a site. */
    private boolean isLocalAddress(String host) {
        if (!host.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}|[0-9a-f:.]*:[0-9a-f:.]*")) {
            return false;
        }
        try {
            InetAddress a = InetAddress.getByName(host);
            if (a.isLoopbackAddress()) {
                return wildcard || ownNames.contains("localhost");
            }
            return wildcard ? NetworkInterface.getByInetAddress(a) != null : ownNames.contains(a.getHostAddress());
        } catch (UnknownHostException | SocketException e) {
            return false;
        }
    }

    private static Name origin(String origin) {
        String o = origin.strip();
        int scheme = o.indexOf("://");
        if (scheme <= 0 || o.equals("null")) {
            return null;
        }
        return hostAndPort(o.substring(scheme + 3), defaultPort(o.substring(0, scheme)));
    }

    /** @return host (lower case, no brackets) and port of "host[:port]", or null if malformed */
    static Name hostAndPort(String s, int defaultPort) {
        String host = s;
        int port = defaultPort;
        int colon = s.lastIndexOf(':');
        if (s.startsWith("[")) {
            int close = s.indexOf(']');
            if (close < 0) {
                return null;
            }
            host = s.substring(1, close);
            colon = s.indexOf(':', close);
        } else if (colon >= 0 && s.indexOf(':') != colon) {
            colon = -1; // a bare IPv6 address
        }
        if (colon >= 0) {
            String p = s.substring(colon + 1);
            if (!p.matches("[0-9]{1,5}")) {
                return null;
            }
            port = Integer.parseInt(p);
            host = s.startsWith("[") ? host : s.substring(0, colon);
        }
        return new Name(host.toLowerCase(Locale.ROOT), port);
    }

    private static int defaultPort(String scheme) {
        return "https".equalsIgnoreCase(scheme) || "wss".equalsIgnoreCase(scheme) ? 443 : 80;
    }

    private static String unbracket(String h) {
        return h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
    }

    private static boolean isLoopback(String bind) {
        if (bind.equals("localhost")) {
            return true;
        }
        try {
            return bind.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}|[0-9a-f:]*:[0-9a-f:]*")
                    && InetAddress.getByName(bind).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** The names this machine knows itself by, for a server that listens on every address. */
    private static List<String> hostNames() {
        List<String> out = new ArrayList<>();
        try {
            InetAddress me = InetAddress.getLocalHost();
            out.add(me.getHostName().toLowerCase(Locale.ROOT));
            out.add(me.getCanonicalHostName().toLowerCase(Locale.ROOT));
        } catch (UnknownHostException e) {
            // no name: addresses and --allow-origin still work
        }
        return out;
    }
}
