package io.github.hipercam.server;

import io.github.hipercam.HipercamException;

/** A request the server will not answer, with the HTTP status to answer it with. */
final class Refusal extends HipercamException {

    private static final long serialVersionUID = 1L;
    private final int status;

    /**
     * @param status HTTP status, e.g. 403
     * @param message why, naming the path asked for
     */
    Refusal(int status, String message) {
        super(message);
        this.status = status;
    }

    /** @return the HTTP status to answer with */
    int status() {
        return status;
    }
}
