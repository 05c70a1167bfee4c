package org.mcmock.contract.players;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.mcmock.contract.Admin;
import org.mcmock.verify.ViewingEnd;

/** Tells, through the mock's admin API, whether a player's viewing is over, as {@link ViewingEnd} judges it. */
public final class SessionEndWatch {

  private final Admin admin;

  public SessionEndWatch(Admin admin) {
    this.admin = admin;
  }

  public boolean ended() {
    List<Map<String, Object>> sessions = admin.sessions().getList("sessions");
    if (sessions.isEmpty()) {
      return false;
    }
    Map<String, Object> newest = sessions.get(sessions.size() - 1);
    return ViewingEnd.over(String.valueOf(newest.get("state")),
        Instant.parse(String.valueOf(newest.get("lastEventAt"))).toEpochMilli(), admin.clockMillis());
  }
}
