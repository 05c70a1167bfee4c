package org.mcmock.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Inflates a {@code Content-Encoding: gzip} or {@code deflate} body as it arrives, counting the bytes: past the
 * body limit it answers 413 at once, having held at most the limit in memory. WireMock inflated a gzip body whole
 * before any check, so a 1 MB body that inflates to 1 GB took 15 s and 2.7 GB of heap, and a bigger one a 500
 * OutOfMemoryError. What the rest of the mock sees is the inflated body, without the Content-Encoding header.
 */
final class CompressedBodyFilter implements Filter {

  private final int maxBodyBytes;

  CompressedBodyFilter(int maxBodyBytes) {
    this.maxBodyBytes = maxBodyBytes;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    String encoding = http.getHeader("Content-Encoding");
    if (encoding == null || encoding.isBlank() || encoding.trim().equalsIgnoreCase("identity")) {
      chain.doFilter(request, response);
      return;
    }
    String name = encoding.trim().toLowerCase(Locale.ROOT);
    if (!List.of("gzip", "x-gzip", "deflate").contains(name)) {
      JsonErrorsServerFactory.writeJson((HttpServletResponse) response, 415, "Content-Encoding: " + encoding
          + " is not supported: send the body uncompressed, or compressed once with gzip or deflate");
      return;
    }
    byte[] inflated;
    try {
      inflated = inflate(http.getInputStream(), name);
    } catch (TooLarge tooLarge) {
      ((HttpServletResponse) response).setHeader("Connection", "close");
      JsonErrorsServerFactory.writeJson((HttpServletResponse) response, 413, "The request body inflates to more"
          + " than " + maxBodyBytes + " bytes (Content-Encoding: " + name + "); the limit is " + maxBodyBytes
          + " bytes once inflated (a downloaded batch that large should be split into sessions)");
      return;
    } catch (IOException corrupt) {
      JsonErrorsServerFactory.writeJson((HttpServletResponse) response, 400, "The body is not valid " + name
          + " data although Content-Encoding says " + encoding + ": compress the whole JSON body once, or send it"
          + " uncompressed without Content-Encoding");
      return;
    }
    chain.doFilter(new Inflated(http, inflated), response);
  }

  private byte[] inflate(InputStream raw, String encoding) throws IOException {
    InputStream in = new BufferedInputStream(raw);
    InputStream inflating = encoding.equals("deflate") ? deflate(in) : new GZIPInputStream(in);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    for (int n = inflating.read(buffer); n >= 0; n = inflating.read(buffer)) {
      if (out.size() + n > maxBodyBytes) {
        throw new TooLarge();
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  /** {@code deflate} is zlib-wrapped by RFC 9110, but some clients send the raw stream: tell them apart. */
  private static InputStream deflate(InputStream in) throws IOException {
    in.mark(2);
    int first = in.read();
    int second = in.read();
    in.reset();
    boolean zlib = first >= 0 && second >= 0 && (first & 0x0F) == 8 && ((first << 8) | second) % 31 == 0;
    return new InflaterInputStream(in, new Inflater(!zlib));
  }

  private static final class TooLarge extends IOException {}

  /** The request as the rest of the mock sees it: the inflated bytes, no Content-Encoding. */
  private static final class Inflated extends HttpServletRequestWrapper {

    private final byte[] body;

    Inflated(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    private static boolean hidden(String name) {
      return name.equalsIgnoreCase("Content-Encoding") || name.equalsIgnoreCase("Content-Length");
    }

    @Override
    public String getHeader(String name) {
      if (name.equalsIgnoreCase("Content-Length")) {
        return String.valueOf(body.length);
      }
      return hidden(name) ? null : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      String value = getHeader(name);
      if (hidden(name)) {
        return value == null ? Collections.emptyEnumeration() : Collections.enumeration(List.of(value));
      }
      return super.getHeaders(name);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
      List<String> names = Collections.list(super.getHeaderNames());
      names.removeIf(name -> name.equalsIgnoreCase("Content-Encoding"));
      return Collections.enumeration(names);
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("the inflated body is read in memory");
        }
      };
    }
  }
}
