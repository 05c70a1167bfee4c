package org.mcmock.contract;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * HTTP/1.1 written byte by byte on a socket, for requests an HTTP client library refuses to send: a sid with a
 * broken percent-encoding, a path that climbs with {@code ../}, a malformed chunked body.
 */
final class RawHttp {

  /** What came back: status, headers (names lower-cased), and the body with any chunked framing removed. */
  record Answer(int status, Map<String, String> headers, String body) {

    String message() {
      return JsonPath.from(body).getString("message");
    }

    @Override
    public String toString() {
      return "HTTP " + status + " " + headers + " " + (body.length() > 600 ? body.substring(0, 600) + "..." : body);
    }
  }

  private RawHttp() {}

  /**
   * Sends {@code requestLine} (e.g. {@code POST /api/v1/sessions HTTP/1.1}), the {@code headers} lines, and the body,
   * then reads until the mock closes the connection. A {@code Host} line in {@code headers} replaces the base URL's.
   */
  static Answer send(String baseUrl, String requestLine, String headers, byte[] body) {
    URI base = URI.create(baseUrl);
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(10_000);
      // A Host line among the headers replaces the one of the base URL (a DNS rebinding page sends its own).
      String host = headers.regionMatches(true, 0, "Host:", 0, 5) || headers.toLowerCase(Locale.ROOT).contains("\nhost:")
          ? "" : "Host: " + base.getHost() + "\r\n";
      String head = requestLine + "\r\n" + host + "Connection: close\r\n" + headers + "\r\n";
      try {
        socket.getOutputStream().write(head.getBytes(ISO_8859_1));
        socket.getOutputStream().write(body);
        socket.getOutputStream().flush();
      } catch (IOException closedWhileWriting) {
        // The mock may answer (431, 414) and close before it has read all of an oversized request.
      }
      return parse(socket.getInputStream().readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("sending " + requestLine + " to " + baseUrl, e);
    }
  }

  private static Answer parse(byte[] bytes) throws IOException {
    String text = new String(bytes, ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      throw new IOException("no complete HTTP answer, got: " + text);
    }
    String[] lines = text.substring(0, end).split("\r\n");
    Map<String, String> headers = new TreeMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
    }
    byte[] body = Arrays.copyOfRange(bytes, end + 4, bytes.length);
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      body = unchunk(new ByteArrayInputStream(body));
    }
    return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, new String(body, UTF_8));
  }

  private static byte[] unchunk(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    while (true) {
      int size = Integer.parseInt(line(in).split(";")[0].trim(), 16);
      if (size == 0) {
        return out.toByteArray();
      }
      out.write(in.readNBytes(size));
      line(in);
    }
  }

  private static String line(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.toString();
  }
}
