package com.cptracker.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One HTTP/1.1 request written byte for byte on a socket to the loopback address, for requests that HttpClient will
 * not send (a {@code %00} or invalid UTF-8 in the path, a header of 100 KB), and the answer's status and headers.
 */
public final class RawHttp {

    public record Answer(int status, Map<String, List<String>> headers, String body) {

        /** The header's single value; null when absent; fails when it was sent more than once. */
        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            if (values == null) {
                return null;
            }
            if (values.size() > 1) {
                throw new AssertionError(name + " sent " + values.size() + " times: " + values);
            }
            return values.getFirst();
        }
    }

    private RawHttp() {}

    /** Sends {@code GET target} with the extra header lines given (each without its CRLF) and reads the answer. */
    public static Answer get(int port, String target, String... headerLines) throws IOException {
        StringBuilder request = new StringBuilder("GET ")
                .append(target)
                .append(" HTTP/1.1\r\n")
                .append("Host: localhost:")
                .append(port)
                .append("\r\n");
        for (String line : headerLines) {
            request.append(line).append("\r\n");
        }
        request.append("Connection: close\r\n\r\n");
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return parse(readAll(socket.getInputStream()));
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) != -1; ) {
                all.write(buffer, 0, n);
            }
        } catch (SocketException reset) {
            // The server may close while the rest of an over-long request is still unread; keep what came back.
        }
        return all.toByteArray();
    }

    private static Answer parse(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new AssertionError("no complete answer: " + text);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new TreeMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(
                            lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(lines[i].substring(colon + 1).trim());
        }
        return new Answer(status, headers, text.substring(end + 4));
    }
}
