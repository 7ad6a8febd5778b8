package vn.vigil.liberty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * HTTP requests sent from a chosen address in 127.0.0.0/8 (every one of them is this machine), for tests of what the
 * server does per client address (the sign-in throttle) that must neither disturb nor be disturbed by the other
 * tests, which all come from 127.0.0.1. Spoken as HTTP/1.0, so the answer comes whole, never in chunks.
 */
final class FromAddress {

    /** Spread over 127.0.x.y so that reruns against the same server start from fresh addresses. */
    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() & 0x3fff) + 16);

    private FromAddress() {}

    /** An address no other test has used against this server. */
    static String next() {
        int n = NEXT.getAndIncrement();
        return "127.0." + ((n >> 8) & 0xff) + "." + Math.max(2, n & 0xff);
    }

    /** One request sent from {@code from}; {@code headers} are name, value pairs; {@code body} null for none. */
    static Answer send(String from, String method, String path, String body, String... headers) {
        URI base = URI.create(Vigil.baseUrl());
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder request = new StringBuilder(
                method + " " + path + " HTTP/1.0\r\nHost: " + base.getHost() + ":" + base.getPort() + "\r\n");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        if (body != null) {
            request.append("Content-Length: ").append(content.length).append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket =
                new Socket(InetAddress.getByName(base.getHost()), base.getPort(), InetAddress.getByName(from), 0)) {
            socket.setSoTimeout((int) Vigil.TIMEOUT.toMillis());
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().write(content);
            socket.getOutputStream().flush();
            return Answer.parse(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An answer: its status, its head (status line and headers) and its body. */
    record Answer(int status, String head, String body) {

        static Answer parse(String response) {
            int split = response.indexOf("\r\n\r\n");
            String head = response.substring(0, split);
            String body = response.substring(split + 4);
            return new Answer(Integer.parseInt(head.substring(9, 12)), head, body);
        }

        String header(String name) {
            for (String line : head.split("\r\n")) {
                if (line.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT) + ":")) {
                    return line.substring(name.length() + 1).strip();
                }
            }
            return "";
        }

        /** The value of a cookie this answer sets, or empty. */
        String cookie(String name) {
            for (String line : head.split("\r\n")) {
                if (line.toLowerCase(Locale.ROOT).startsWith("set-cookie:")) {
                    String pair = line.substring("set-cookie:".length()).strip().split(";", 2)[0];
                    if (pair.startsWith(name + "=")) {
                        return pair.substring(name.length() + 1);
                    }
                }
            }
            return "";
        }
    }
}
