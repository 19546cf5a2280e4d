package io.github.hipercam.server;

import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.SourceAccessException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.eclipse.jetty.io.ArrayByteBufferPool;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

/**
 * A file server for a directory of runs, speaking both protocols on one port
 * as the deployed servers do: HiPERCAM runs over WebSocket
 * ({@code ws://host:port/run0012}), ULTRACAM/ULTRASPEC runs over HTTP
 * ({@code http://host:port/run012?action=get_xml}) and the
 * {@code ?action=dir} listing.
 *
 * <pre>{@code
 * try (FileServer server = FileServer.start(FileServer.Config.of(Path.of("/data/night1")))) {
 *     System.out.println("serving on " + server.httpBase());
 *     server.join();
 * }
 * }</pre>
 *
 * <p>It binds to 127.0.0.1 unless told otherwise: serving to other machines
 * is a choice the user makes with {@link Config#bind}. Requests sent to a
 * name that is not the server's, or from a web page of another site, are
 * refused unless {@link Config#withAllowOrigins} lets them in. It is read-only,
 * serves nothing outside the directory (every file's real path is checked as
 * it is opened), and serves many clients at once, each
 * on a pool thread (at most {@value #MAX_THREADS}); its threads are daemons,
 * so an open server does not keep a program alive on its own.
 */
public final class FileServer implements AutoCloseable {

    /** Pool size: enough for many clients, each of which waits on disk, not CPU. */
    static final int MAX_THREADS = 64;
    /** Largest buffer kept for reuse: whole frames of up to this size are sent from pooled memory. */
    static final int MAX_POOLED_BUFFER = 16 << 20;
    /** Most idle native memory the buffer pool keeps between requests. */
    static final long MAX_IDLE_DIRECT = 128L << 20;
    /** Most idle heap memory the buffer pool keeps (Jetty would keep up to an eighth of the heap). */
    static final long MAX_IDLE_HEAP = 32L << 20;

    /**
     * What to serve and where.
     *
     * @param directory the directory of runs
     * @param bind address to listen on, e.g. 127.0.0.1 or 0.0.0.0
     * @param port TCP port, 0 for any free one
     * @param idleTimeout how long a silent WebSocket client is kept (they wait between frames)
     * @param log where problems are reported
     * @param allowOrigins other names and web origins to serve (see {@link #withAllowOrigins}); empty: none
     */
    public record Config(Path directory, String bind, int port, Duration idleTimeout, Consumer<String> log,
            List<String> allowOrigins) {

        /** Default port, as the deployed servers. */
        public static final int DEFAULT_PORT = 8007;
        /** Default bind address: this machine only. */
        public static final String DEFAULT_BIND = "127.0.0.1";

        /** Checks the values. */
        public Config {
            if (directory == null) {
                throw new InvalidArgumentException("a directory to serve is needed");
            }
            if (port < 0 || port > 65535) {
                throw new InvalidArgumentException("port must be 0 to 65535, got " + port);
            }
            if (bind == null || bind.isBlank()) {
                throw new InvalidArgumentException("bind address must not be empty");
            }
            if (idleTimeout == null || idleTimeout.isNegative() || idleTimeout.isZero()) {
                throw new InvalidArgumentException("idle timeout must be positive, got " + idleTimeout);
            }
            if (log == null) {
                throw new InvalidArgumentException("a log is needed (use s -> { } for none)");
            }
            allowOrigins = List.copyOf(allowOrigins == null ? List.of() : allowOrigins);
            OriginPolicy.validate(allowOrigins);
        }

        /**
         * @param directory the directory of runs
         * @return port 8007 on 127.0.0.1, one-hour idle timeout, problems to standard error
         */
        public static Config of(Path directory) {
            return new Config(directory, DEFAULT_BIND, DEFAULT_PORT, Duration.ofHours(1),
                    s -> System.err.println("serve: " + s), List.of());
        }

        /**
         * @param value port, 0 for any free one
         * @return a copy with that port
         */
        public Config withPort(int value) {
            return new Config(directory, bind, value, idleTimeout, log, allowOrigins);
        }

        /**
         * @param value bind address
         * @return a copy with that address
         */
        public Config withBind(String value) {
            return new Config(directory, value, port, idleTimeout, log, allowOrigins);
        }

        /**
         * @param value where problems go
         * @return a copy with that log
         */
        public Config withLog(Consumer<String> value) {
            return new Config(directory, bind, port, idleTimeout, value, allowOrigins);
        }

        /**
         * Names and web origins to serve besides this server's own. By
         * default a request whose {@code Host} is not an address or name of
         * the server, or that comes from a web page of another site
         * ({@code Origin}), is refused (403). Each value is {@code *}
         * (anything), an origin such as {@code http://example.org:8080}, or a
         * name with or without a port, e.g. {@code hipercam.example.org}.
         *
         * @param values the values, as {@code --allow-origin} takes them
         * @return a copy with those allowed
         */
        public Config withAllowOrigins(List<String> values) {
            return new Config(directory, bind, port, idleTimeout, log, values);
        }
    }

    private final Server server;
    private final ServerConnector connector;
    private final Path root;

    private FileServer(Server server, ServerConnector connector, Path root) {
        this.server = server;
        this.connector = connector;
        this.root = root;
    }

    /**
     * Starts serving.
     *
     * @param config what and where
     * @return the running server
     * @throws SourceAccessException if the directory cannot be served or the port cannot be bound
     */
    public static FileServer start(Config config) {
        RunDirectory dir = new RunDirectory(config.directory());
        QueuedThreadPool pool = new QueuedThreadPool(MAX_THREADS, 4);
        pool.setName("hipercam-serve");
        pool.setDaemon(true);
        Server server = new Server(pool, null,
                new ArrayByteBufferPool.Quadratic(0, MAX_POOLED_BUFFER, -1, MAX_IDLE_HEAP, MAX_IDLE_DIRECT));
        ServerConnector connector = new ServerConnector(server, 1, 1);
        connector.setHost(config.bind());
        connector.setPort(config.port());
        server.addConnector(connector);
        RunsHandler runs = new RunsHandler(dir, OriginPolicy.of(config.bind(), config.allowOrigins()),
                Duration.ofSeconds(60), config.log());
        WebSocketUpgradeHandler ws = WebSocketUpgradeHandler.from(server, c -> {
            c.setIdleTimeout(config.idleTimeout());
            c.setMaxTextMessageSize(64 * 1024);
            c.setMaxBinaryMessageSize(64 * 1024);
            c.setOutputBufferSize(256 * 1024);
            c.setMaxFrameSize(1024 * 1024);
            runs.container(c);
        });
        ws.setHandler(runs);
        server.setHandler(ws);
        server.setStopTimeout(0);
        try {
            server.start();
        } catch (Exception e) {
            stopQuietly(server);
            throw new SourceAccessException("cannot serve " + dir.root() + " on " + config.bind() + ":"
                    + config.port() + ": " + e.getMessage(), e);
        }
        return new FileServer(server, connector, dir.root());
    }

    /** @return the port listened on (the one chosen when 0 was asked for) */
    public int port() {
        return connector.getLocalPort();
    }

    /** @return the directory served (its real path) */
    public Path directory() {
        return root;
    }

    /** @return {@code http://host:port/}, the base for {@code us} and listings */
    public URI httpBase() {
        return URI.create("http://" + hostForUrl() + ":" + port() + "/");
    }

    /** @return {@code host:port/}, the base for {@code hs} as {@code HIPERCAM_DEFAULT_URL} writes it */
    public String hipercamBase() {
        return hostForUrl() + ":" + port() + "/";
    }

    private String hostForUrl() {
        String h = connector.getHost();
        if (h == null || h.equals("0.0.0.0") || h.equals("::")) {
            return "127.0.0.1";
        }
        return h.contains(":") ? "[" + h + "]" : h;
    }

    /** @return true while serving */
    public boolean isRunning() {
        return server.isRunning();
    }

    /**
     * Waits until the server stops.
     *
     * @throws InterruptedException if the waiting thread is interrupted
     */
    public void join() throws InterruptedException {
        server.join();
    }

    /** Stops serving and closes every connection. */
    @Override
    public void close() {
        stopQuietly(server);
    }

    private static void stopQuietly(Server s) {
        try {
            s.stop();
        } catch (Exception e) {
            // stopping is best effort; the threads are daemons
        }
    }
}
