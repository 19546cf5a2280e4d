package io.github.hipercam.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * Requests written byte for byte over a raw socket, so that no client
 * library tidies them first, and the reply read as text (ISO-8859-1).
 */
final class RawHttp {

    /** The key of RFC 6455's example handshake. */
    static final String WS_HEADERS = "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
            + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n";

    private RawHttp() {
    }

    /**
     * @param port the server's port
     * @param target request target, e.g. "/run001?action=get_xml"
     * @param headers extra header lines, each ending in CRLF (a Host line replaces the default one)
     * @return the whole reply (status line, headers, body)
     * @throws IOException if the server cannot be reached
     */
    static String get(int port, String target, String headers) throws IOException {
        String host = headers.toLowerCase(java.util.Locale.ROOT).contains("host:") ? "" : "Host: 127.0.0.1:" + port
                + "\r\n";
        return send(port, "GET " + target + " HTTP/1.1\r\n" + host + headers + "Connection: close\r\n\r\n", false);
    }

    /**
     * Sends a WebSocket upgrade and reads the reply's head and, if upgraded,
     * the first message (a text frame, unmasked from the server).
     *
     * @param port the server's port
     * @param target e.g. "/run0001"
     * @param headers extra header lines
     * @return the reply head, then the first message's text if upgraded
     * @throws IOException if the server cannot be reached
     */
    static String upgrade(int port, String target, String headers) throws IOException {
        String host = headers.toLowerCase(java.util.Locale.ROOT).contains("host:") ? "" : "Host: 127.0.0.1:" + port
                + "\r\n";
        return send(port, "GET " + target + " HTTP/1.1\r\n" + host + WS_HEADERS + headers + "\r\n", true);
    }

    private static String send(int port, String request, boolean ws) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(5000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            if (!ws) {
                return new String(in.readNBytes(1 << 22), StandardCharsets.ISO_8859_1);
            }
            String head = head(in);
            if (!head.startsWith("HTTP/1.1 101")) {
                return head + body(in, head);
            }
            return head + firstMessage(in);
        }
    }

    private static String head(InputStream in) throws IOException {
        StringBuilder b = new StringBuilder();
        while (!b.toString().endsWith("\r\n\r\n")) {
            int c = in.read();
            if (c < 0) {
                break;
            }
            b.append((char) c);
        }
        return b.toString();
    }

    /** The body of a refused upgrade: Content-Length bytes (the connection may stay open). */
    private static String body(InputStream in, String head) throws IOException {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)\r\ncontent-length: *([0-9]+)").matcher(head);
        if (m.find()) {
            return new String(in.readNBytes(Integer.parseInt(m.group(1))), StandardCharsets.ISO_8859_1);
        }
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        try {
            for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                b.write(buf, 0, n);
            }
        } catch (SocketTimeoutException e) {
            // what came is the reply
        }
        return b.toString(StandardCharsets.ISO_8859_1);
    }

    private static String firstMessage(InputStream in) throws IOException {
        int b0 = in.read();
        int b1 = in.read();
        if (b0 < 0 || b1 < 0) {
            return "";
        }
        long len = b1 & 0x7F;
        if (len == 126) {
            len = (in.read() << 8) | in.read();
        } else if (len == 127) {
            len = 0;
            for (int i = 0; i < 8; i++) {
                len = (len << 8) | in.read();
            }
        }
        return new String(in.readNBytes((int) len), (b0 & 0x0F) == 1 ? StandardCharsets.UTF_8
                : StandardCharsets.ISO_8859_1);
    }

    /**
     * @param reply a reply
     * @return its status code, -1 if none
     */
    static int status(String reply) {
        String[] first = reply.split("\r\n", 2)[0].split(" ");
        return first.length > 1 && first[1].matches("[0-9]{3}") ? Integer.parseInt(first[1]) : -1;
    }

    /**
     * @param reply a reply
     * @return what follows the head
     */
    static String body(String reply) {
        int end = reply.indexOf("\r\n\r\n");
        return end < 0 ? "" : reply.substring(end + 4);
    }
}
