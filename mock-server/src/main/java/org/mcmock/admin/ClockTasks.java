package org.mcmock.admin;

import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.mcmock.config.Durations;
import org.mcmock.http.Answers;
import org.mcmock.session.MockClock;
import org.mcmock.session.SessionStore;

/** The clock routes: read it, and move it forward so timeouts and retention happen without waiting. */
final class ClockTasks {

  private ClockTasks() {}

  /** {@code GET /__admin/media-collection/clock}. */
  static AdminTask get(SessionStore store) {
    return (admin, serveEvent, pathParams) -> Answers.json(200, view(store.clock()));
  }

  /** {@code POST /__admin/media-collection/clock/advance} with {@code {"by": "10m"}} (or ISO {@code PT10M}). */
  record AdvanceClockTask(SessionStore store) implements AdminTask {

    @Override
    public ResponseDefinition execute(Admin admin, ServeEvent serveEvent, PathParams pathParams) {
      Optional<String> value = AdminBodies.textField(serveEvent, "by");
      if (value.isEmpty()) {
        return Answers.message(400, "Send {\"by\": \"10m\"}: how far to move the clock (10m, 90s, 250ms, PT10M...)");
      }
      Duration by;
      try {
        by = Durations.parse(value.get());
        store.clock().advance(by);
      } catch (IllegalArgumentException e) {
        return Answers.message(400, e.getMessage());
      }
      store.sweep();
      Map<String, Object> view = view(store.clock());
      view.put("advancedBy", Durations.format(by));
      return Answers.json(200, view);
    }
  }

  private static Map<String, Object> view(MockClock clock) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("now", clock.instant().toString());
    view.put("nowMillis", clock.millis());
    view.put("offset", Durations.format(clock.offset()));
    return view;
  }
}
