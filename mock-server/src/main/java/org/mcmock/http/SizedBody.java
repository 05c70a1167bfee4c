package org.mcmock.http;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.Arrays;

/**
 * A request whose body, when its Content-Length is known, is read into one array of that length. WireMock reads a
 * body with {@code InputStream.readAllBytes()}, which takes a buffer of several KB whatever the body's size: for a
 * player's event of about a hundred bytes that was a quarter of everything the mock allocated per request (JFR's
 * allocation samples), and so of its garbage collections.
 */
final class SizedBody extends HttpServletRequestWrapper {

  private final int maxBytes;

  /** @param maxBytes bodies declared longer are read as before, a step at a time (and refused later) */
  SizedBody(HttpServletRequest request, int maxBytes) {
    super(request);
    this.maxBytes = maxBytes;
  }

  @Override
  public ServletInputStream getInputStream() throws IOException {
    ServletInputStream body = super.getInputStream();
    long length = getContentLengthLong();
    return length < 0 || length > maxBytes ? body : new Sized(body, (int) length);
  }

  /** The body's stream, whose {@code readAllBytes} takes one array of the declared length. */
  private static final class Sized extends ServletInputStream {

    private final ServletInputStream body;
    private final int length;

    Sized(ServletInputStream body, int length) {
      this.body = body;
      this.length = length;
    }

    @Override
    public byte[] readAllBytes() throws IOException {
      byte[] bytes = new byte[length];
      int read = body.readNBytes(bytes, 0, length);
      if (read < length) {
        return Arrays.copyOf(bytes, read); // the client sent less than it declared: Jetty tells later
      }
      int next = body.read();
      return next < 0 ? bytes : more(bytes, next); // a body longer than declared (an inflated one) is read whole
    }

    private byte[] more(byte[] first, int next) throws IOException {
      byte[] rest = body.readAllBytes();
      byte[] all = Arrays.copyOf(first, first.length + 1 + rest.length);
      all[first.length] = (byte) next;
      System.arraycopy(rest, 0, all, first.length + 1, rest.length);
      return all;
    }

    @Override
    public int read() throws IOException {
      return body.read();
    }

    @Override
    public int read(byte[] buffer, int offset, int count) throws IOException {
      return body.read(buffer, offset, count);
    }

    @Override
    public boolean isFinished() {
      return body.isFinished();
    }

    @Override
    public boolean isReady() {
      return body.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      body.setReadListener(listener);
    }
  }
}
