package io.github.hipercam.net;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.List;

/**
 * A deliberately misbehaving WebSocket server for client tests, on
 * 127.0.0.1: it does the RFC 6455 handshake by hand and then lets a script
 * answer (or not) each text message the client sends. One connection at a
 * time, on one daemon thread.
 */
final class ScriptedWsServer implements AutoCloseable {

    /** What the server does with each client message. */
    @FunctionalInterface
    interface Script {
        /**
         * @param message the client's text message
         * @param out where to write frames
         * @throws IOException to drop the connection
         */
        void on(String message, Peer out) throws IOException;
    }

    /** Writes server frames. */
    static final class Peer {
        private final Socket socket;
        private final OutputStream out;

        Peer(Socket socket) throws IOException {
            this.socket = socket;
            this.out = socket.getOutputStream();
        }

        void text(String s) throws IOException {
            frame(0x1, s.getBytes(StandardCharsets.UTF_8));
        }

        void binary(byte[] b) throws IOException {
            frame(0x2, b);
        }

        void close() throws IOException {
            frame(0x8, new byte[] {0x03, (byte) 0xe8});
        }

        /** Drops the TCP connection without a close frame. */
        void drop() throws IOException {
            socket.close();
        }

        private void frame(int opcode, byte[] payload) throws IOException {
            out.write(0x80 | opcode);
            if (payload.length < 126) {
                out.write(payload.length);
            } else if (payload.length < 65536) {
                out.write(126);
                out.write(payload.length >> 8);
                out.write(payload.length);
            } else {
                out.write(127);
                for (int i = 7; i >= 0; i--) {
                    out.write((int) ((long) payload.length >> (8 * i)));
                }
            }
            out.write(payload);
            out.flush();
        }
    }

    private final ServerSocket listener;
    private final Thread thread;
    final List<String> received = new CopyOnWriteArrayList<>();

    /**
     * @param onOpen what to send right after the handshake (null: no handshake at all)
     * @param script what to do with each message
     */
    ScriptedWsServer(Script onOpen, Script script) throws IOException {
        listener = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        thread = new Thread(() -> serve(onOpen, script), "scripted-ws");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    private void serve(Script onOpen, Script script) {
        while (!listener.isClosed()) {
            try (Socket s = listener.accept()) {
                DataInputStream in = new DataInputStream(s.getInputStream());
                String key = handshakeKey(in);
                if (onOpen == null) {
                    in.readAllBytes();
                    continue;
                }
                s.getOutputStream().write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                        + "Connection: Upgrade\r\nSec-WebSocket-Accept: " + accept(key) + "\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                Peer peer = new Peer(s);
                onOpen.on("", peer);
                String m;
                while ((m = readText(in)) != null) {
                    received.add(m);
                    script.on(m, peer);
                }
            } catch (IOException e) {
                // the test decides what a dropped connection means
            }
        }
    }

    private static String handshakeKey(DataInputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        String key = "";
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') {
                String l = line.toString().strip();
                if (l.isEmpty()) {
                    break;
                }
                if (l.toLowerCase().startsWith("sec-websocket-key:")) {
                    key = l.substring(18).strip();
                }
                line.setLength(0);
            } else {
                line.append((char) c);
            }
        }
        return key;
    }

    private static String accept(String key) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            byte[] d = sha1.digest((key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11")
                    .getBytes(StandardCharsets.ISO_8859_1));
            return Base64.getEncoder().encodeToString(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the next text message's payload, or null at a close frame or end of stream */
    private static String readText(DataInputStream in) throws IOException {
        int b0 = in.read();
        if (b0 < 0) {
            return null;
        }
        int b1 = in.readUnsignedByte();
        long len = b1 & 0x7f;
        if (len == 126) {
            len = in.readUnsignedShort();
        } else if (len == 127) {
            len = in.readLong();
        }
        byte[] mask = new byte[4];
        if ((b1 & 0x80) != 0) {
            in.readFully(mask);
        }
        byte[] payload = new byte[(int) len];
        in.readFully(payload);
        for (int i = 0; i < payload.length; i++) {
            payload[i] ^= mask[i % 4];
        }
        return (b0 & 0x0f) == 0x8 ? null : new String(payload, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
