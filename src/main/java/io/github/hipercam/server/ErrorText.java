package io.github.hipercam.server;

import io.github.hipercam.HipercamException;
import java.nio.file.FileSystemException;

/**
 * The text of an error sent to a client. It names the run as the client
 * wrote it and says what went wrong, but never repeats the message of an
 * {@code IOException}: those name the server's own paths (the served
 * directory, or where a link leads), which are not the client's business.
 * The server's log gets the full message.
 */
final class ErrorText {

    private ErrorText() {
    }

    /**
     * @param asked the run or path as the client wrote it
     * @param e what went wrong
     * @return a message for the client
     */
    static String of(String asked, Throwable e) {
        if (e instanceof HipercamException) {
            // our own messages, built from the name the client gave (see Refusal, UcamRunFile, RawFitsHeader)
            return e.getMessage();
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return "'" + asked + "': " + f.getReason();
        }
        return "'" + asked + "': cannot be read (" + e.getClass().getSimpleName() + ")";
    }
}
