package fr.amiengine.support;

import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Requests written byte by byte on a socket, for what RestAssured cannot send: a chunked body of a chosen size, a
 * body cut short. The answer is read while the body is still being written, since a server that refuses a body
 * answers and closes before the end of it.
 */
public final class RawHttp {

    /** The status line's code and the body of an answer (headers kept whole for assertions). */
    public record Answer(int status, String headers, String body) {
    }

    /** Writes the body of a request on the open stream. */
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private RawHttp() {
    }

    /** Sends {@code head} (request line and headers, without the blank line) then the body; reads the answer. */
    public static Answer send(String head, Body body) {
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(60_000);
            InputStream in = socket.getInputStream();
            CompletableFuture<byte[]> answer = CompletableFuture.supplyAsync(() -> readAll(in));
            OutputStream out = socket.getOutputStream();
            try {
                out.write((head + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                body.writeTo(out);
                out.flush();
            } catch (IOException refusedWhileWriting) {
                // The server answered and closed before the end of the body: its answer is what the test checks.
            }
            // No half-close (shutdownOutput): Vert.x closes a connection whose client stops sending, answer or not.
            return parse(answer.get(60, TimeUnit.SECONDS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A chunked body of {@code total} bytes, in chunks of 64 KiB, closed by the last chunk. */
    public static Body chunked(long total, byte fill) {
        return out -> {
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, fill);
            for (long sent = 0; sent < total; sent += chunk.length) {
                int size = (int) Math.min(chunk.length, total - sent);
                out.write((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(chunk, 0, size);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        };
    }

    private static byte[] readAll(InputStream in) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                bytes.write(buffer, 0, n);
                if (complete(bytes.toString(StandardCharsets.UTF_8))) {
                    break;
                }
            }
        } catch (IOException closed) {
            // A reset after the answer: what was read is the answer.
        }
        return bytes.toByteArray();
    }

    /** Whether a whole answer with a Content-Length has arrived (the connection may stay open after it). */
    private static boolean complete(String text) {
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        for (String line : text.substring(0, end).split("\r\n")) {
            if (line.toLowerCase().startsWith("content-length:")) {
                int length = Integer.parseInt(line.substring(15).trim());
                return text.substring(end + 4).getBytes(StandardCharsets.UTF_8).length >= length;
            }
        }
        return false;
    }

    private static Answer parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.UTF_8);
        if (!text.startsWith("HTTP/")) {
            throw new AssertionError("pas de réponse HTTP\u00a0: «\u00a0" + text + "\u00a0»");
        }
        int end = text.indexOf("\r\n\r\n");
        String headers = end < 0 ? text : text.substring(0, end);
        String body = end < 0 ? "" : text.substring(end + 4);
        return new Answer(Integer.parseInt(text.substring(9, 12)), headers, body);
    }
}
