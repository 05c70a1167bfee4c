package org.mcmock.contract.players;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Tells, from the mock's list of sessions, when a player's viewing is over: its newest session has ended, or
 * has completed and stayed quiet for a moment (a player may still send sessionEnd after sessionComplete).
 */
public final class SessionEndWatch {

  static final long QUIET_MILLIS = 1000;

  private final Supplier<JsonPath> sessions;
  private final LongSupplier clock;
  private String lastSeen = "";
  private long lastChangeAt;

  /**
   * @param sessions the answer of {@code GET /__admin/media-collection/sessions}
   * @param clock the real time in milliseconds
   */
  public SessionEndWatch(Supplier<JsonPath> sessions, LongSupplier clock) {
    this.sessions = sessions;
    this.clock = clock;
    this.lastChangeAt = clock.getAsLong();
  }

  public boolean ended() {
    List<Map<String, Object>> all = sessions.get().getList("sessions");
    if (all.isEmpty()) {
      return false;
    }
    Map<String, Object> newest = all.get(all.size() - 1);
    String state = String.valueOf(newest.get("state"));
    String seen = newest.get("sid") + " " + state + " " + newest.get("requests");
    long now = clock.getAsLong();
    if (!seen.equals(lastSeen)) {
      lastSeen = seen;
      lastChangeAt = now;
    }
    return "ended".equals(state) || ("complete".equals(state) && now - lastChangeAt >= QUIET_MILLIS);
  }
}
