package io.github.hipercam.fuzz;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * WebSocket sessions ({@code hs-req}): an upgrade request to a run, the
 * server's status message, then JSON messages of the HiPERCAM protocol, one
 * per line of {@value #MESSAGES}, each answered before the next is sent. Upgrades are damaged in the path and headers,
 * messages in their actions, numbers and syntax; a line starting with
 * {@value #BINARY} is sent as a binary message. Frames are written by hand
 * (masked, as a client must), so nothing tidies them first.
 */
final class WsRequests {

    static final String UPGRADE = "upgrade.http";
    static final String MESSAGES = "messages.txt";
    static final String BINARY = "#binary ";
    static final int READ_TIMEOUT_MS = 4000;
    /** The server's limit on a text message (FileServer: 64 kB). */
    static final int MAX_MESSAGE = 64 * 1024;

    private static final String[] MESSAGE = {
        "{\"action\": \"get_hdr\"}", "{\"action\": \"get_nframes\"}", "{\"action\": \"get_next\"}",
        "{\"action\": \"get_last\"}", "{\"action\": \"get_frame\", \"frame_number\": 1}",
        "{\"action\": \"get_frame\", \"frame_number\": 0}", "{\"action\": \"get_frame\", \"frame_number\": -1}",
        "{\"action\": \"get_frame\", \"frame_number\": 99999999999999999999}",
        "{\"action\": \"get_frame\", \"frame_number\": 9223372036854775807}",
        "{\"action\": \"get_frame\", \"frame_number\": 2147483648}",
        "{\"action\": \"get_frame\", \"frame_number\": \"2\"}", "{\"action\": \"get_frame\", \"frame_number\": 1.5}",
        "{\"action\": \"get_frame\", \"frame_number\": null}", "{\"action\": \"get_frame\"}",
        "{\"action\": \"get_frame\", \"frame_number\": [1]}", "{\"action\": 7}", "{\"action\": \"\"}",
        "{\"action\": \"GET_HDR\"}", "{\"action\": \"get_hdr\", \"action\": \"get_next\"}", "{", "}", "[]", "null",
        "", "\u0000", "{\"action\": \"get_hdr\"" + " ".repeat(70_000) + "}", "{\"action\": \"\\u0000\"}",
        "{\"action\": \"get_next\", \"x\": {\"y\": [[[[[[[[[[]]]]]]]]]]}}", BINARY + "get_hdr",
        "{\"" + "a".repeat(5000) + "\": 1}",
    };
    private static final String[] HEADERS = {"Origin: http://evil.example", "Origin: null", "Origin: http://{HOST}",
        "Host: evil.example", "Host: localhost", "Sec-WebSocket-Version: 8", "Sec-WebSocket-Key: x",
        "Sec-WebSocket-Protocol: chat", "Sec-WebSocket-Extensions: permessage-deflate", "Upgrade: h2c"};

    private WsRequests() {
    }

    static List<FuzzInput> seeds() {
        return List.of(seed("all", "run0001", MESSAGE[0], MESSAGE[1], MESSAGE[4], MESSAGE[2], MESSAGE[3]),
                seed("sub", "night1/run0002", MESSAGE[1], MESSAGE[3], MESSAGE[2]),
                seed("missing", "run0099", MESSAGE[0]));
    }

    private static FuzzInput seed(String name, String run, String... messages) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(UPGRADE, upgrade("/" + run).getBytes(StandardCharsets.ISO_8859_1));
        files.put(MESSAGES, String.join("\n", messages).getBytes(StandardCharsets.UTF_8));
        return new FuzzInput(name, "", files);
    }

    static String upgrade(String target) {
        return "GET " + target + " HTTP/1.1\r\nHost: {HOST}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";
    }

    static FuzzInput mutate(FuzzInput in, SplittableRandom r) {
        String up = ServerTarget.text(in, UPGRADE);
        List<String> msgs = new java.util.ArrayList<>(List.of(
                new String(in.file(MESSAGES), StandardCharsets.UTF_8).split("\n", -1)));
        switch (r.nextInt(10)) {
            case 0 -> {
                String run = ServerTarget.RUNS[r.nextInt(ServerTarget.RUNS.length)];
                String line = up.substring(0, up.indexOf("\r\n"));
                String[] p = line.split(" ", 3);
                String nl = p.length == 3 ? p[0] + " /" + run + " " + p[2] : line;
                return ServerTarget.withText(in, UPGRADE, nl + up.substring(up.indexOf("\r\n")),
                        "upgrade to /" + HttpRequests.shown(run));
            }
            case 1 -> {
                String h = HEADERS[r.nextInt(HEADERS.length)];
                String name = h.substring(0, h.indexOf(':'));
                String kept = up.replaceAll("(?i)\r\n" + name + ":[^\r]*", "");
                int eol = kept.indexOf("\r\n");
                return ServerTarget.withText(in, UPGRADE, kept.substring(0, eol) + "\r\n" + h + kept.substring(eol),
                        "upgrade header '" + h + "'");
            }
            case 2, 3, 4 -> {
                int at = r.nextInt(msgs.size() + 1);
                String m = MESSAGE[r.nextInt(MESSAGE.length)];
                msgs.add(at, m);
                return messages(in, msgs, "message " + (at + 1) + " '" + HttpRequests.shown(m) + "' inserted");
            }
            case 5, 6 -> {
                int at = r.nextInt(msgs.size());
                String m = MESSAGE[r.nextInt(MESSAGE.length)];
                msgs.set(at, m);
                return messages(in, msgs, "message " + (at + 1) + " replaced by '" + HttpRequests.shown(m) + "'");
            }
            case 7 -> {
                int at = r.nextInt(msgs.size());
                msgs.remove(at);
                return messages(in, msgs, "message " + (at + 1) + " deleted");
            }
            default -> {
                int at = r.nextInt(msgs.size());
                byte[] b = msgs.get(at).getBytes(StandardCharsets.UTF_8);
                ByteMutations.Result m = ByteMutations.any(b, 0, b.length, r);
                msgs.set(at, new String(m.bytes(), StandardCharsets.UTF_8).replace("\n", " "));
                return messages(in, msgs, "message " + (at + 1) + ": " + m.what());
            }
        }
    }

    private static FuzzInput messages(FuzzInput in, List<String> msgs, String what) {
        if (msgs.size() > 12) {
            msgs = msgs.subList(0, 12);
        }
        return in.with(MESSAGES, String.join("\n", msgs).getBytes(StandardCharsets.UTF_8), what);
    }

    /**
     * Opens the session, sends each message, and judges each reply.
     *
     * @param in the input
     * @param port the server's port
     * @param host what {@code {HOST}} stands for
     * @param check what a reply must not contain
     * @throws IOException if the server cannot be reached at all
     */
    static void run(FuzzInput in, int port, String host, ServerTarget.Reply.Check check) throws IOException {
        byte[] up = ServerTarget.text(in, UPGRADE).replace(ServerTarget.HOST, host).getBytes(StandardCharsets.ISO_8859_1);
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(READ_TIMEOUT_MS);
            OutputStream out = s.getOutputStream();
            DataInputStream din = new DataInputStream(s.getInputStream());
            out.write(up);
            out.flush();
            String head = readHead(din);
            check.text("upgrade reply", head);
            if (head.startsWith("HTTP/1.1 101") && ServerTarget.foreign(new String(up, StandardCharsets.ISO_8859_1))) {
                throw new ServerFault("foreign Host or Origin served", "upgraded: " + ServerTarget.Reply.abbreviate(head));
            }
            if (!head.startsWith("HTTP/1.1 101")) {
                String body = new String(din.readNBytes(Math.min(din.available(), 1 << 16)), StandardCharsets.ISO_8859_1);
                check.text("upgrade reply", body);
                HttpRequests.judge(head + body, check);
                return;
            }
            // the server speaks first: the run's status ("OK", or "no such run" and a close)
            if (!reply(din, check)) {
                return;
            }
            for (String m : new String(in.file(MESSAGES), StandardCharsets.UTF_8).split("\n", -1)) {
                boolean binary = m.startsWith(BINARY);
                byte[] payload = (binary ? m.substring(BINARY.length()) : m).getBytes(StandardCharsets.UTF_8);
                try {
                    writeFrame(out, binary ? 2 : 1, payload);
                    if (!reply(din, check)) {
                        return;
                    }
                } catch (java.net.SocketException e) {
                    if (payload.length <= MAX_MESSAGE) {
                        throw new ServerFault("WebSocket reset", "after a message of " + payload.length + " bytes: " + e);
                    }
                    // a message over the server's limit: it closes (1009) while the rest is still coming
                    throw ServerFault.refused("WebSocket closed", "reset after a message of " + payload.length
                            + " bytes, more than the server takes");
                }
            }
        }
    }

    /** @return false once the server has closed the session */
    private static boolean reply(DataInputStream in, ServerTarget.Reply.Check check) throws IOException {
        while (true) {
            int b0;
            try {
                b0 = in.readUnsignedByte();
            } catch (SocketTimeoutException e) {
                throw ServerFault.noReply("no reply to a message within " + READ_TIMEOUT_MS + " ms");
            } catch (EOFException e) {
                throw new ServerFault("WebSocket dropped without a close frame", e.toString());
            }
            int op = b0 & 0x0F;
            byte[] payload = payload(in);
            if (op == 0x9 || op == 0xA) {
                continue;
            }
            if (op == 0x8) {
                int code = payload.length >= 2 ? ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF) : 1005;
                String reason = new String(payload, Math.min(2, payload.length), Math.max(0, payload.length - 2),
                        StandardCharsets.UTF_8);
                check.text("close reason", reason);
                if (code == 1011 || code == 1006) {
                    throw new ServerFault("WebSocket closed " + code, reason);
                }
                throw ServerFault.refused("WebSocket closed " + code, reason);
            }
            if (op == 0x1) {
                check.text("text reply", new String(payload, StandardCharsets.UTF_8));
            } else {
                check.text("binary reply", new String(payload, StandardCharsets.ISO_8859_1));
            }
            return true;
        }
    }

    private static byte[] payload(DataInputStream in) throws IOException {
        int b1 = in.readUnsignedByte();
        long len = b1 & 0x7F;
        if (len == 126) {
            len = in.readUnsignedShort();
        } else if (len == 127) {
            len = in.readLong();
        }
        if (len < 0 || len > (64 << 20)) {
            throw new ServerFault("WebSocket frame of " + len + " bytes", "a frame larger than any run's");
        }
        byte[] p = new byte[(int) len];
        in.readFully(p);
        return p;
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder b = new StringBuilder();
        try {
            while (!b.toString().endsWith("\r\n\r\n") && b.length() < (1 << 16)) {
                int c = in.read();
                if (c < 0) {
                    break;
                }
                b.append((char) c);
            }
        } catch (SocketTimeoutException e) {
            if (b.length() == 0) {
                throw ServerFault.noReply("no reply to the upgrade within " + READ_TIMEOUT_MS + " ms");
            }
        } catch (java.net.SocketException e) {
            // reset after a refusal: judge what came
        }
        return b.toString();
    }

    private static void writeFrame(OutputStream out, int opcode, byte[] payload) throws IOException {
        java.io.ByteArrayOutputStream f = new java.io.ByteArrayOutputStream();
        f.write(0x80 | opcode);
        if (payload.length < 126) {
            f.write(0x80 | payload.length);
        } else if (payload.length < 65536) {
            f.write(0x80 | 126);
            f.write(payload.length >> 8);
            f.write(payload.length);
        } else {
            f.write(0x80 | 127);
            for (int i = 7; i >= 0; i--) {
                f.write((int) ((long) payload.length >> (8 * i)));
            }
        }
        byte[] mask = {0x12, 0x34, 0x56, 0x78};
        f.write(mask);
        for (int i = 0; i < payload.length; i++) {
            f.write(payload[i] ^ mask[i & 3]);
        }
        out.write(f.toByteArray());
        out.flush();
    }
}
