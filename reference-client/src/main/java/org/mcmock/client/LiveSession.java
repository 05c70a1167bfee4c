package org.mcmock.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends a streamed session's events one after another, in the order they happened. The sessionStart goes to
 * {@code /api/v1/sessions}; every later event waits in the queue until its answer brings the sid in
 * {@code Location}, then goes to {@code /api/v1/sessions/{sid}/events}.
 *
 * <p>When the backend refuses an event, the {@link SessionRecovery} may start a new session (by default on
 * 404 or 410, resuming the content); events produced meanwhile wait and go to the new session, in order.
 * What happens to events produced while a sid is pending is the {@link Queueing}'s business.
 *
 * <p>By default one request is in flight at a time. {@link #sendingUpTo(int)} sends events in groups of up to
 * that many at once, without waiting for one answer before the next request, as Adobe's Media JS SDK 3.x
 * does (3 per tick); the answers are then handled in the order the events were sent.
 */
public final class LiveSession implements EventSink {

  public static final String SESSIONS_PATH = "/api/v1/sessions";

  private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);

  private final Transport transport;
  private final SessionRecovery recovery;
  private final Queueing queueing;
  private final int inFlight;
  /** How close in the player's time the events of one group are: the SDK's tick. */
  private final long tickMillis;
  /** The group of events not yet sent, which later events may still join (when more than one is in flight). */
  private List<Event> forming;
  private final OpenItems open = new OpenItems();
  private final List<Exchange> exchanges = new ArrayList<>();
  private CompletableFuture<Void> tail = DONE;
  private int waiting;
  private String sid;
  private boolean sidPending;
  private String noSession = "no sessionStart has been sent";
  private int restarts;
  private long restartedUpToTs = Long.MIN_VALUE;

  /** As Adobe's docs ask: events wait for the sid, and a 404 or 410 starts a new session that resumes. */
  public LiveSession(Transport transport) {
    this(transport, SessionRecovery.resume());
  }

  public LiveSession(Transport transport, SessionRecovery recovery) {
    this(transport, recovery, Queueing.untilTheSid());
  }

  public LiveSession(Transport transport, SessionRecovery recovery, Queueing queueing) {
    this(transport, recovery, queueing, 1, 0);
  }

  private LiveSession(Transport transport, SessionRecovery recovery, Queueing queueing, int inFlight,
      long tickMillis) {
    this.transport = Objects.requireNonNull(transport, "transport");
    this.recovery = Objects.requireNonNull(recovery, "recovery");
    this.queueing = Objects.requireNonNull(queueing, "queueing");
    if (inFlight < 1) {
      throw new IllegalArgumentException("at least one request must be in flight, got " + inFlight);
    }
    this.inFlight = inFlight;
    this.tickMillis = tickMillis;
  }

  /**
   * The same client, sending up to {@code requests} events at once, as Adobe's Media JS SDK 3.x does
   * ({@code _flushPendingHits}: 3 per 500 ms tick, answers not awaited): the events the player produces within
   * one {@code tick} of its clock (by their ts) go together, up to {@code requests} of them, once the group
   * before has all its answers. A sessionStart always goes alone, since later events need its sid. Call it
   * before the first event.
   */
  public LiveSession sendingUpTo(int requests, Duration tick) {
    return new LiveSession(transport, recovery, queueing, requests, tick.toMillis());
  }

  @Override
  public synchronized void accept(String eventType, String body) {
    Event event = new Event(eventType, body);
    waiting++;
    if (sidPending && !event.is("sessionStart") && !queueing.waitsForTheSid(eventType)) {
      tail = tail.thenRun(() -> record(new Exchange(eventType, null, body,
          Answer.none("dropped: the sid was pending and this client does not queue"))));
    } else if (inFlight == 1 || event.is("sessionStart")) {
      forming = null;
      tail = tail.thenCompose(ignored -> send(afterRestart(event)));
    } else if (forming != null && forming.size() < inFlight && sameTick(forming.get(0), event)) {
      forming.add(event);
    } else {
      List<Event> group = new ArrayList<>(List.of(event));
      forming = group;
      tail = tail.thenCompose(ignored -> sendTogether(group));
    }
  }

  /** The sid of the session the client is sending to, once a sessionStart's answer has brought it. */
  public synchronized Optional<String> sid() {
    return Optional.ofNullable(sid);
  }

  /** Events accepted but not yet answered, the one in flight and those a restart sends included. */
  public synchronized int waiting() {
    return waiting;
  }

  /** Every request so far with its answer, in the order sent, a restart's included. */
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

  private CompletableFuture<Void> send(Event event) {
    if (event.is("sessionStart")) {
      return sendSessionStart(event);
    }
    String path = eventsPath();
    if (path == null) {
      record(new Exchange(event.type(), null, event.body(), Answer.none(noSession)));
      return DONE;
    }
    return transport.post(path, event.body()).thenCompose(answer -> answered(event, path, answer));
  }

  /**
   * Sends a group's events at once and handles their answers in the order sent. Once one of them has made the
   * recovery start a new session, a later one that the old session refused (404 or 410) goes again, to the new
   * one, rather than start yet another.
   */
  private CompletableFuture<Void> sendTogether(List<Event> group) {
    List<Event> events = closed(group);
    String path = eventsPath();
    CompletableFuture<Void> done = DONE;
    if (path == null) {
      for (Event event : events) {
        done = done.thenCompose(ignored -> send(event));
      }
      return done;
    }
    int restartsBefore = restarts();
    List<Event> timed = events.stream().map(this::afterRestart).toList();
    List<CompletableFuture<Answer>> answers = timed.stream().map(event -> transport.post(path, event.body())).toList();
    for (int i = 0; i < timed.size(); i++) {
      Event event = timed.get(i);
      CompletableFuture<Answer> answer = answers.get(i);
      done = done.thenCompose(ignored -> answer.thenCompose(got -> {
        if (restarts() == restartsBefore || !ResumeInANewSession.SESSION_GONE.contains(got.status())) {
          return answered(event, path, got);
        }
        record(new Exchange(event.type(), path, event.body(), got));
        moreWaiting();
        return send(afterRestart(event));
      }));
    }
    return done;
  }

  private boolean sameTick(Event first, Event event) {
    OptionalLong from = Bodies.ts(first.body());
    OptionalLong ts = Bodies.ts(event.body());
    return from.isPresent() && ts.isPresent() && ts.getAsLong() - from.getAsLong() < tickMillis;
  }

  /** The group as it stands when its turn comes: no later event joins it any more. */
  private synchronized List<Event> closed(List<Event> group) {
    if (forming == group) {
      forming = null;
    }
    return List.copyOf(group);
  }

  private synchronized void moreWaiting() {
    waiting++;
  }

  private CompletableFuture<Void> sendSessionStart(Event event) {
    pending();
    return transport.post(SESSIONS_PATH, event.body()).thenAccept(answer -> {
      opened(answer);
      open.sent(event);
      record(new Exchange(event.type(), SESSIONS_PATH, event.body(), answer));
    });
  }

  /** Records the answer, then either notes the event as sent or lets the recovery open a new session. */
  private CompletableFuture<Void> answered(Event event, String path, Answer answer) {
    Exchange exchange = new Exchange(event.type(), path, event.body(), answer);
    record(exchange);
    boolean refused = answer.status() < 200 || answer.status() > 299;
    List<Event> restart = refused ? recovery.restart(exchange, open, restarts()) : List.of();
    if (restart.isEmpty()) {
      open.sent(event);
      return DONE;
    }
    return restart(restart);
  }

  /** Sends a new session's events ahead of everything queued; later events may not go back in time. */
  private synchronized CompletableFuture<Void> restart(List<Event> events) {
    restarts++;
    CompletableFuture<Void> sent = DONE;
    for (Event event : events) {
      waiting++;
      Bodies.ts(event.body()).ifPresent(ts -> restartedUpToTs = Math.max(restartedUpToTs, ts));
      sent = sent.thenCompose(ignored -> send(event));
    }
    return sent;
  }

  /**
   * An event queued before a restart and timed at or before its last event goes one millisecond after it,
   * so that the new session's ts stay strictly increasing, as Adobe's backend orders events by ts.
   */
  private synchronized Event afterRestart(Event event) {
    OptionalLong ts = Bodies.ts(event.body());
    if (ts.isEmpty() || ts.getAsLong() > restartedUpToTs) {
      return event;
    }
    restartedUpToTs++;
    return Bodies.at(event, Bodies.playhead(event.body()), restartedUpToTs);
  }

  private synchronized int restarts() {
    return restarts;
  }

  private synchronized void pending() {
    sidPending = true;
  }

  private synchronized String eventsPath() {
    return sid == null ? null : SESSIONS_PATH + "/" + sid + "/events";
  }

  private synchronized void opened(Answer answer) {
    sidPending = false;
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
