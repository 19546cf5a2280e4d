package io.github.hipercam.fuzz;

import io.github.hipercam.server.FileServer;
import io.github.hipercam.synth.HcamRunWriter;
import io.github.hipercam.synth.HcamSamples;
import io.github.hipercam.synth.UcamRunWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Requests to the file server over loopback: {@code us-req} sends raw HTTP
 * requests (the ATC protocol and listings), {@code hs-req} a WebSocket
 * upgrade and then JSON messages (the HiPERCAM protocol). The server serves
 * a folder of synthetic runs that also holds symbolic links leading out, to
 * a folder whose files contain {@link #SECRET}.
 *
 * <p>A request ends as read (2xx, or 101 and every message answered), as a
 * domain error (a 4xx, or a WebSocket closed with a protocol or policy code)
 * or as a fault: a 5xx, a reply naming a server path or carrying the secret,
 * a WebSocket closed with 1011 or dropped, or no reply in time (a hang).
 */
final class ServerTarget implements FuzzTarget {

    /** Content of every file outside the served folder. */
    static final String SECRET = "OUTSIDE-SECRET-9f2c";
    static final String HOST = "{HOST}";

    private final Path scratch;
    private final boolean ws;
    private FileServer server;
    private Path root;

    /**
     * @param scratch folder for the served tree
     * @param ws true for WebSocket (hs-req), false for HTTP (us-req)
     */
    ServerTarget(Path scratch, boolean ws) {
        this.scratch = scratch;
        this.ws = ws;
    }

    @Override
    public String format() {
        return ws ? "hs-req" : "us-req";
    }

    @Override
    public List<FuzzInput> seeds() {
        return ws ? WsRequests.seeds() : HttpRequests.seeds();
    }

    @Override
    public FuzzInput mutate(FuzzInput in, SplittableRandom r) {
        return ws ? WsRequests.mutate(in, r) : HttpRequests.mutate(in, r);
    }

    @Override
    public void run(FuzzInput in, Path dir) throws Exception {
        if (server == null) {
            start();
        }
        String host = "127.0.0.1:" + server.port();
        Reply.Check check = new Reply.Check(List.of(root.toString(), root.toRealPath().toString(),
                scratch.toAbsolutePath().toString()), SECRET);
        if (ws) {
            WsRequests.run(in, server.port(), host, check);
        } else {
            HttpRequests.run(in, server.port(), host, check);
        }
    }

    /** Writes the served tree (once per worker) and starts the server on a free port. */
    private void start() throws IOException {
        root = scratch.toAbsolutePath().resolve("served");
        Path outside = Files.createDirectories(scratch.toAbsolutePath().resolve("outside"));
        Files.createDirectories(root.resolve("night1"));
        HcamRunWriter.write(root.resolve("run0001.fits"), HcamSamples.RUNS.get("run0001"), true);
        HcamRunWriter.write(root.resolve("night1").resolve("run0002.fits"), HcamSamples.RUNS.get("run0002"), true);
        UcamRunWriter.write(root, "run001", UcamRunWriter.samples().get("run001").withFrames(2), true);
        UcamRunWriter.write(root, "run009", UcamRunWriter.samples().get("run002").withFrames(2), true);
        UcamRunWriter.write(root.resolve("night1"), "run003", UcamRunWriter.samples().get("run003").withFrames(1), true);
        Files.writeString(outside.resolve("secret.dat"), SECRET.repeat(100_000));
        Files.writeString(outside.resolve("secret.xml"), "<datafile><data_status framesize=\"19\"/>" + SECRET
                + "</datafile>");
        Files.writeString(outside.resolve("run0666.fits"), SECRET);
        link(root.resolve("run0666.fits"), outside.resolve("run0666.fits"));
        link(root.resolve("run777.xml"), outside.resolve("secret.xml"));
        link(root.resolve("run777.dat"), outside.resolve("secret.dat"));
        link(root.resolve("away"), outside);
        // the shape of the escape reported in issue 13: an XML link inside, its .dat link outside
        Files.move(root.resolve("run009.dat"), outside.resolve("run009.dat"), StandardCopyOption.REPLACE_EXISTING);
        link(root.resolve("run009.dat"), outside.resolve("secret.dat"));
        link(root.resolve("run019.xml"), root.resolve("run009.xml"));
        server = FileServer.start(FileServer.Config.of(root).withPort(0).withLog(s -> { }));
    }

    private static void link(Path link, Path target) throws IOException {
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, target);
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
    }

    /** @return the text of an input file */
    static String text(FuzzInput in, String name) {
        return new String(in.file(name), StandardCharsets.ISO_8859_1);
    }

    static FuzzInput withText(FuzzInput in, String name, String text, String what) {
        return in.with(name, text.getBytes(StandardCharsets.ISO_8859_1), what);
    }

    /** Names a client might ask for, good and bad. */
    static final String[] RUNS = {
        "run0001", "run001", "night1/run0002", "night1/run003", "run019", "run009", "run777", "run0666",
        "away/secret", "away/run0666", "../outside/secret", "%2e%2e/outside/secret", "..%2foutside%2fsecret",
        "%252e%252e/outside/secret", "night1/../run001", "./run001", "run001%00", "run001%00.xml", "run001.xml",
        "run0001.fits", "R".repeat(5000), "night1/" + "n".repeat(300), "a/".repeat(500) + "run001", "",
        "%ff%fe", "r\u00fcn001", "run001;x", "run001%20", "C:/Windows/win.ini", "night1", "night1/", "//run001",
        "%2frun001", "\\..\\run001", "run" + "9".repeat(30), "run-1", "run0001/", "served/run001", "~root",
        "r".repeat(300) + "run0001", "night1/" + "r".repeat(300) + "run003",
    };

    private static final java.util.regex.Pattern FOREIGN = java.util.regex.Pattern.compile(
            "(?i)\r\n(origin: *(http://evil\\.example|null)|host: *evil\\.example)[\r:]");

    /**
     * @param request a request as sent
     * @return true if it comes from a foreign web page or was sent to a foreign name
     */
    static boolean foreign(String request) {
        return FOREIGN.matcher(request).find();
    }

    static List<String> runs() {
        return new ArrayList<>(List.of(RUNS));
    }

    /** Turns the wrong answers of a reply into faults. */
    static final class Reply {

        /**
         * What no reply may contain.
         *
         * @param paths server paths
         * @param secret the content of files outside
         */
        record Check(List<String> paths, String secret) {

            void text(String what, String reply) {
                if (reply.contains(secret)) {
                    throw new ServerFault("LEAK: a file outside the served folder sent", what + ": "
                            + abbreviate(reply));
                }
                for (String p : paths) {
                    if (reply.contains(p)) {
                        throw new ServerFault("LEAK: a server path in a reply", what + ": " + abbreviate(reply));
                    }
                }
            }
        }

        private Reply() {
        }

        static String abbreviate(String s) {
            String t = s.replaceAll("[\\r\\n\\t]+", " ");
            return t.length() > 200 ? t.substring(0, 200) + "..." : t;
        }
    }

    /** @throws UncheckedIOException wrapping e */
    static UncheckedIOException unchecked(IOException e) {
        return new UncheckedIOException(e);
    }
}
