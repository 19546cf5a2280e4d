package io.github.hipercam.fuzz;

/**
 * How a server target reports the server's answer to a request: refused
 * (a domain error, e.g. a 404), wrong (a 5xx, a server path in a reply, a
 * dropped connection) or missing (a hang).
 */
final class ServerFault extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final Outcome.Kind kind;
    private final String signature;

    private ServerFault(Outcome.Kind kind, String signature, String message) {
        super(message);
        this.kind = kind;
        this.signature = signature;
    }

    /**
     * @param signature groups findings, e.g. "HTTP 500"
     * @param message what was seen
     */
    ServerFault(String signature, String message) {
        this(Outcome.Kind.NON_DOMAIN, signature, message);
    }

    /**
     * @param signature e.g. "HTTP 404"
     * @param message the reply
     * @return a refusal: what a bad request must get
     */
    static ServerFault refused(String signature, String message) {
        return new ServerFault(Outcome.Kind.DOMAIN, signature, message);
    }

    /**
     * @param message what was waited for
     * @return no reply in time
     */
    static ServerFault noReply(String message) {
        return new ServerFault(Outcome.Kind.HANG, "no reply", message);
    }

    /** @return how the input ended */
    Outcome.Kind kind() {
        return kind;
    }

    /** @return the signature */
    String signature() {
        return signature;
    }
}
