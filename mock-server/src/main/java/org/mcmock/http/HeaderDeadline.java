package org.mcmock.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.HttpConnection;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Closes, with a 408, a connection whose request line and headers have been arriving for longer than the header
 * timeout. Jetty 11 has no such deadline: its idle timeout restarts with every byte, so a client trickling
 * headers at a byte a second held its connection forever. Each connection is looked at every half timeout; one
 * seen in the middle of the same request's headers three times running (a full timeout apart) is cut. No thread
 * is held while looking.
 */
final class HeaderDeadline implements Connection.Listener {

  private final Scheduler scheduler;
  private final long periodMillis;
  private final ByteBuffer answer;
  private final byte[] body;

  HeaderDeadline(Scheduler scheduler, Duration headerTimeout) {
    this.scheduler = scheduler;
    this.periodMillis = Math.max(1, headerTimeout.toMillis() / 2);
    byte[] body = Answers.write(Map.of("message", "The request's headers took longer than "
        + headerTimeout.toMillis() + " ms to arrive: send the request line and headers at once"))
        .getBytes(StandardCharsets.UTF_8);
    StringBuilder head = new StringBuilder("HTTP/1.1 408 Request Timeout\r\nContent-Type: application/json\r\n"
        + "Connection: close\r\nContent-Length: " + body.length + "\r\n");
    CorsHeaders.HEADERS.forEach(header -> head.append(header.key()).append(": ").append(header.firstValue())
        .append("\r\n"));
    this.answer = BufferUtil.toBuffer(head.append("\r\n").toString(), StandardCharsets.ISO_8859_1);
    this.body = body;
  }

  @Override
  public void onOpened(Connection connection) {
    if (connection instanceof HttpConnection http) {
      new Watch(http).schedule();
    }
  }

  @Override
  public void onClosed(Connection connection) {}

  /** One connection's watch: which request was last seen mid-headers, and how many looks in a row. */
  private final class Watch implements Runnable {

    private final HttpConnection connection;
    private long request = -1;
    private int looks;

    Watch(HttpConnection connection) {
      this.connection = connection;
    }

    void schedule() {
      scheduler.schedule(this, periodMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void run() {
      EndPoint endPoint = connection.getEndPoint();
      if (!endPoint.isOpen()) {
        return;
      }
      boolean midHeaders = connection.getParser().inHeaderState() && !connection.getParser().isStart();
      long current = connection.getMessagesIn();
      looks = midHeaders && current == request ? looks + 1 : midHeaders ? 1 : 0;
      request = current;
      if (looks >= 3) {
        endPoint.write(Callback.from(endPoint::close, failure -> endPoint.close()),
            answer.slice(), ByteBuffer.wrap(body));
        return;
      }
      schedule();
    }
  }
}
