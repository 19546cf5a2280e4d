package io.github.hipercam.net;

/** One message received on a WebSocket, or the end of the connection. */
sealed interface Reply {

    /**
     * A text message.
     *
     * @param text the whole message (at most the size limit in force)
     * @param length its full length in characters, even when it was cut
     */
    record Text(String text, long length) implements Reply {
    }

    /**
     * A binary message.
     *
     * @param data the bytes kept (at most the size limit in force)
     * @param length the message's full length in bytes
     */
    record Binary(byte[] data, long length) implements Reply {
    }

    /**
     * The server closed the connection.
     *
     * @param code close code
     * @param reason close reason
     */
    record Closed(int code, String reason) implements Reply {
    }

    /**
     * The connection failed.
     *
     * @param error what failed
     */
    record Failed(Throwable error) implements Reply {
    }
}
