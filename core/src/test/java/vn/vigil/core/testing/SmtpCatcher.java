package vn.vigil.core.testing;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A local SMTP server for tests that speaks just enough SMTP (HELO/EHLO, MAIL FROM, RCPT TO, DATA, RSET, NOOP,
 * QUIT) to accept messages and keep them. It listens on a free (or a given) port of the loopback interface; close
 * it after.
 */
public final class SmtpCatcher implements AutoCloseable {

    /** A message as the server received it: envelope recipients and the raw RFC 5322 text. */
    public record Received(String from, List<String> recipients, byte[] data) {

        public ByteArrayInputStream content() {
            return new ByteArrayInputStream(data);
        }
    }

    private final ServerSocket server;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final Thread acceptor;

    public SmtpCatcher() {
        this(0);
    }

    /** Listens on {@code port} of the loopback interface (0: a free one), for a server configured with a fixed port. */
    public SmtpCatcher(int port) {
        try {
            server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), port), 10);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        acceptor = new Thread(this::acceptAll, "smtp-catcher");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    /** The next message received, waiting up to 10 seconds for it. */
    public Received next() throws InterruptedException {
        Received message = received.poll(10, TimeUnit.SECONDS);
        if (message == null) {
            throw new AssertionError("no message reached the SMTP catcher within 10 s");
        }
        return message;
    }

    /** The next message received within {@code seconds}, or null. */
    public Received poll(long seconds) throws InterruptedException {
        return received.poll(seconds, TimeUnit.SECONDS);
    }

    /** Whether no message is waiting (after the ones taken with {@link #next()}). */
    public boolean isEmpty() {
        return received.isEmpty();
    }

    private void acceptAll() {
        while (!server.isClosed()) {
            try (Socket client = server.accept()) {
                converse(client);
            } catch (SocketException closed) {
                return;
            } catch (IOException e) {
                System.err.println("SMTP catcher: " + e);
            }
        }
    }

    private void converse(Socket client) throws IOException {
        // SMTP lines are ASCII; message bodies are kept byte for byte (ISO-8859-1 maps bytes to chars 1:1)
        BufferedReader in =
                new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
        Writer out = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.ISO_8859_1);
        reply(out, "220 localhost SMTP catcher");
        String from = null;
        List<String> recipients = new ArrayList<>();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String command = line.length() < 4
                    ? line.toUpperCase()
                    : line.substring(0, 4).toUpperCase();
            switch (command) {
                case "HELO", "EHLO", "NOOP" -> reply(out, "250 localhost");
                case "MAIL" -> {
                    from = address(line);
                    recipients = new ArrayList<>();
                    reply(out, "250 OK");
                }
                case "RCPT" -> {
                    recipients.add(address(line));
                    reply(out, "250 OK");
                }
                case "DATA" -> {
                    reply(out, "354 End data with <CR><LF>.<CR><LF>");
                    received.add(new Received(from, List.copyOf(recipients), data(in)));
                    reply(out, "250 OK");
                }
                case "RSET" -> {
                    from = null;
                    recipients = new ArrayList<>();
                    reply(out, "250 OK");
                }
                case "QUIT" -> {
                    reply(out, "221 Bye");
                    return;
                }
                default -> reply(out, "502 Command not implemented");
            }
        }
    }

    private static byte[] data(BufferedReader in) throws IOException {
        StringBuilder data = new StringBuilder();
        for (String line = in.readLine(); line != null && !line.equals("."); line = in.readLine()) {
            data.append(line.startsWith("..") ? line.substring(1) : line).append("\r\n");
        }
        return data.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String address(String line) {
        int open = line.indexOf('<');
        int close = line.indexOf('>', open + 1);
        return open >= 0 && close > open ? line.substring(open + 1, close) : "";
    }

    private static void reply(Writer out, String line) throws IOException {
        out.write(line + "\r\n");
        out.flush();
    }

    @Override
    public void close() {
        try {
            server.close();
            acceptor.join(2000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
