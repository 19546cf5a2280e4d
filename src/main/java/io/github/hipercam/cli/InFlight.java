package io.github.hipercam.cli;

import io.github.hipercam.hcm.Hcm;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.spool.Grab;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Remembers the temporary file a write is filling, so that a Ctrl-C (which
 * runs shutdown hooks but not the writer's clean-up) removes it too: an
 * interrupted {@code grab} then leaves neither a half-written {@code .hcm}
 * nor a stray temporary.
 */
final class InFlight implements AutoCloseable {

    private final AtomicReference<Path> current = new AtomicReference<>();
    private final Thread hook = new Thread(this::cleanup, "grab-cleanup");
    private final boolean hooked;

    /** @param onShutdown true to clean up when the JVM is stopped (the command), false in tests */
    InFlight(boolean onShutdown) {
        if (onShutdown) {
            Runtime.getRuntime().addShutdownHook(hook);
        }
        this.hooked = onShutdown;
    }

    /** @return a grab writer that writes through {@link Hcm#write} and tracks its temporary */
    Grab.Writer writer() {
        return (Path file, Mccd frame, boolean overwrite) -> {
            try {
                Hcm.write(file, frame, overwrite, this::open);
            } finally {
                current.set(null);
            }
        };
    }

    /** Opens a temporary for writing and remembers it. */
    OutputStream open(Path tmp) throws IOException {
        current.set(tmp);
        return Files.newOutputStream(tmp);
    }

    /** @return the temporary being written now, or null */
    Path current() {
        return current.get();
    }

    /** Deletes the temporary being written, if any. */
    void cleanup() {
        Path p = current.getAndSet(null);
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                System.err.println("grab: could not remove temporary " + p + ": " + e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        if (hooked) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down and the hook is running or has run
            }
        }
    }
}
