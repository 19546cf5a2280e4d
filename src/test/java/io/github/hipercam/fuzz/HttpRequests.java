package io.github.hipercam.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Raw HTTP requests ({@code us-req}): the ATC protocol's {@code get_xml},
 * {@code get_num_frames}, {@code get_frame} and the {@code dir} listing,
 * damaged in the path, query, method, version, headers or bytes. Each is
 * sent over a fresh socket, byte for byte, with {@code {HOST}} replaced by
 * the server's address.
 */
final class HttpRequests {

    static final String FILE = "request.http";
    static final int READ_TIMEOUT_MS = 4000;

    private static final String[] ACTIONS = {"dir", "get_xml", "get_frame", "get_num_frames", "GET_XML", "", "x",
        "get_frame&frame=0", "dir&dir"};
    private static final String[] FRAMES = {"0", "1", "2", "-1", "99999999999999999999", "999999999999999999",
        "2147483648", "1e3", "", "x", "0x10", "+1", "00000000000000000001", "1&frame=2", "%00"};
    private static final String[] METHODS = {"GET", "POST", "HEAD", "PUT", "OPTIONS", "TRACE", "CONNECT", "get",
        "G ET", "", "GET GET"};
    private static final String[] VERSIONS = {"HTTP/1.1", "HTTP/1.0", "HTTP/2.0", "HTTP/9.9", "", "HTTP/1.1 x",
        "HTTP/1.1\r\nX: y"};
    private static final String[] HEADERS = {"Host: evil.example", "Host: localhost", "Host: ", "Host: {HOST}",
        "Origin: http://evil.example", "Origin: null", "Origin: http://{HOST}", "Upgrade: websocket",
        "Connection: Upgrade", "Content-Length: -1", "Content-Length: 99999999999", "Transfer-Encoding: chunked",
        "X-Long: " + "L".repeat(70_000), "Range: bytes=0-10", "Expect: 100-continue", "\u0000: \u0000"};

    private HttpRequests() {
    }

    static List<FuzzInput> seeds() {
        return List.of(
                seed("xml", "/run001?action=get_xml"),
                seed("frames", "/run001?action=get_num_frames"),
                seed("frame", "/run001?action=get_frame&frame=0"),
                seed("sub", "/night1/run003?action=get_frame&frame=0"),
                seed("dir", "/?action=dir"),
                seed("subdir", "/night1?action=dir"));
    }

    private static FuzzInput seed(String name, String target) {
        String req = "GET " + target + " HTTP/1.1\r\nHost: {HOST}\r\nUser-Agent: fuzz\r\nConnection: close\r\n\r\n";
        return FuzzInput.of(name, FILE, req.getBytes(StandardCharsets.ISO_8859_1));
    }

    static FuzzInput mutate(FuzzInput in, SplittableRandom r) {
        String req = ServerTarget.text(in, FILE);
        int eol = req.indexOf("\r\n");
        String line = eol < 0 ? req : req.substring(0, eol);
        String rest = eol < 0 ? "" : req.substring(eol);
        String[] parts = line.split(" ", 3);
        if (parts.length < 3) {
            ByteMutations.Result m = ByteMutations.any(in.file(FILE), 0, in.file(FILE).length, r);
            return in.with(FILE, m.bytes(), m.what());
        }
        String target = parts[1];
        int q = target.indexOf('?');
        String path = q < 0 ? target : target.substring(0, q);
        String query = q < 0 ? "" : target.substring(q + 1);
        switch (r.nextInt(12)) {
            case 0, 1, 2 -> {
                String run = ServerTarget.RUNS[r.nextInt(ServerTarget.RUNS.length)];
                return ServerTarget.withText(in, FILE, parts[0] + " /" + run + (q < 0 ? "" : "?" + query) + " "
                        + parts[2] + rest, "path /" + shown(run));
            }
            case 3, 4 -> {
                String a = ACTIONS[r.nextInt(ACTIONS.length)];
                String f = FRAMES[r.nextInt(FRAMES.length)];
                String nq = "action=" + a + (r.nextBoolean() ? "&frame=" + f : "");
                return ServerTarget.withText(in, FILE, parts[0] + " " + path + "?" + nq + " " + parts[2] + rest,
                        "query " + nq);
            }
            case 5 -> {
                String m = METHODS[r.nextInt(METHODS.length)];
                return ServerTarget.withText(in, FILE, m + " " + target + " " + parts[2] + rest, "method '" + m + "'");
            }
            case 6 -> {
                String v = VERSIONS[r.nextInt(VERSIONS.length)];
                return ServerTarget.withText(in, FILE, parts[0] + " " + target + " " + v + rest,
                        "version '" + shown(v) + "'");
            }
            case 7, 8, 9 -> {
                String h = HEADERS[r.nextInt(HEADERS.length)];
                String name = h.substring(0, Math.max(0, h.indexOf(':')));
                String kept = r.nextBoolean() && !name.isEmpty()
                        ? rest.replaceAll("(?i)\r\n" + java.util.regex.Pattern.quote(name) + ":[^\r]*", "") : rest;
                return ServerTarget.withText(in, FILE, line + "\r\n" + h + kept, "header '" + shown(h) + "'");
            }
            default -> {
                ByteMutations.Result m = ByteMutations.any(in.file(FILE), 0, in.file(FILE).length, r);
                return in.with(FILE, m.bytes(), m.what());
            }
        }
    }

    static String shown(String s) {
        String t = s.replace("\r", "\\r").replace("\n", "\\n").replace("\u0000", "\\0");
        return t.length() > 60 ? t.substring(0, 40) + "... (" + t.length() + " characters)" : t;
    }

    /**
     * Sends the request and judges the reply.
     *
     * @param in the input
     * @param port the server's port
     * @param host what {@code {HOST}} stands for
     * @param check what a reply must not contain
     * @throws IOException if the server cannot be reached at all
     */
    static void run(FuzzInput in, int port, String host, ServerTarget.Reply.Check check) throws IOException {
        byte[] req = ServerTarget.text(in, FILE).replace(ServerTarget.HOST, host).getBytes(StandardCharsets.ISO_8859_1);
        String reply;
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(READ_TIMEOUT_MS);
            try {
                s.getOutputStream().write(req);
                s.getOutputStream().flush();
                s.shutdownOutput();
            } catch (IOException e) {
                // the server may close early on a bad request; its reply is judged below
            }
            reply = read(s.getInputStream());
        }
        judge(reply, check);
        if (ServerTarget.foreign(new String(req, StandardCharsets.ISO_8859_1))
                && RawStatus.of(reply) >= 200 && RawStatus.of(reply) < 300) {
            throw new ServerFault("foreign Host or Origin served", ServerTarget.Reply.abbreviate(reply));
        }
    }

    private static String read(InputStream in) throws IOException {
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        try {
            for (int n = in.read(buf); n >= 0 && all.size() < (8 << 20); n = in.read(buf)) {
                all.write(buf, 0, n);
            }
        } catch (SocketTimeoutException e) {
            if (all.size() == 0) {
                throw ServerFault.noReply("no reply within " + READ_TIMEOUT_MS + " ms");
            }
        } catch (java.net.SocketException e) {
            // reset after the reply: what was read counts
        }
        return all.toString(StandardCharsets.ISO_8859_1);
    }

    /**
     * @param reply what the server sent
     * @param check what it must not contain
     */
    static void judge(String reply, ServerTarget.Reply.Check check) {
        if (reply.isEmpty()) {
            throw ServerFault.refused("closed without a reply", "no bytes");
        }
        check.text("reply", reply);
        int status = RawStatus.of(reply);
        if (status < 0) {
            throw new ServerFault("not an HTTP reply", ServerTarget.Reply.abbreviate(reply));
        }
        if (status >= 500 && status != 501 && status != 505) {
            throw new ServerFault("HTTP " + status, ServerTarget.Reply.abbreviate(reply));
        }
        if (status >= 400) {
            // 501 and 505 refuse a method or an HTTP version: answers to the request, not failures
            throw ServerFault.refused("HTTP " + status, ServerTarget.Reply.abbreviate(reply));
        }
        if (status >= 400) {
            throw ServerFault.refused("HTTP " + status, ServerTarget.Reply.abbreviate(reply));
        }
    }

    /** The status code of a reply. */
    static final class RawStatus {
        private RawStatus() {
        }

        /** @return the reply's status code, -1 if it has none */
        static int of(String reply) {
            String[] first = reply.split("\r\n", 2)[0].split(" ");
            return first.length > 1 && first[1].matches("[0-9]{3}") ? Integer.parseInt(first[1]) : -1;
        }
    }
}
