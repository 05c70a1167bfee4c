package org.mcmock.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends a streamed session's events one after another, in the order they happened. The sessionStart goes to
 * {@code /api/v1/sessions}; every later event waits in the queue until its answer brings the sid in
 * {@code Location}, then goes to {@code /api/v1/sessions/{sid}/events}.
 */
public final class LiveSession implements EventSink {

  public static final String SESSIONS_PATH = "/api/v1/sessions";

  private final Transport transport;
  private final List<Exchange> exchanges = new ArrayList<>();
  private CompletableFuture<Void> tail = CompletableFuture.completedFuture(null);
  private int waiting;
  private String sid;
  private String noSession = "no sessionStart has been sent";

  public LiveSession(Transport transport) {
    this.transport = transport;
  }

  @Override
  public synchronized void accept(String eventType, String body) {
    waiting++;
    tail = tail.thenCompose(ignored -> send(eventType, body));
  }

  /** The sid from the sessionStart's answer, once it has arrived. */
  public synchronized Optional<String> sid() {
    return Optional.ofNullable(sid);
  }

  /** Events accepted but not yet answered, the one in flight included. */
  public synchronized int waiting() {
    return waiting;
  }

  /** Every request so far with its answer, in the order sent. */
  public synchronized List<Exchange> exchanges() {
    return List.copyOf(exchanges);
  }

  /** Blocks until every accepted event has its answer; fails if that takes longer than {@code timeout}. */
  public void awaitAnswers(Duration timeout) {
    CompletableFuture<Void> last;
    synchronized (this) {
      last = tail;
    }
    try {
      last.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new IllegalStateException(waiting() + " event(s) still unanswered after " + timeout, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for answers", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("sending failed", e.getCause());
    }
  }

  private CompletableFuture<Void> send(String eventType, String body) {
    String path = path(eventType);
    if (path == null) {
      record(new Exchange(eventType, null, body, Answer.none(noSession)));
      return CompletableFuture.completedFuture(null);
    }
    return transport.post(path, body).thenAccept(answer -> {
      if ("sessionStart".equals(eventType)) {
        opened(answer);
      }
      record(new Exchange(eventType, path, body, answer));
    });
  }

  private synchronized String path(String eventType) {
    if ("sessionStart".equals(eventType)) {
      return SESSIONS_PATH;
    }
    return sid == null ? null : SESSIONS_PATH + "/" + sid + "/events";
  }

  private synchronized void opened(Answer answer) {
    Optional<String> location = answer.header("Location");
    if (answer.status() == 201 && location.isPresent()) {
      String value = location.get();
      sid = value.substring(value.lastIndexOf('/') + 1);
    } else {
      sid = null;
      noSession = "no session: the sessionStart was answered " + answer.status()
          + (location.isEmpty() && answer.status() == 201 ? " without a Location header" : "");
    }
  }

  private synchronized void record(Exchange exchange) {
    exchanges.add(exchange);
    waiting--;
  }
}
