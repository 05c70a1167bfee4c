package org.mcmock.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mcmock.Durations;
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
  static final class AdvanceClockTask implements AdminTask {

    private final SessionStore store;

    AdvanceClockTask(SessionStore store) {
      this.store = store;
    }

    @Override
    public ResponseDefinition execute(Admin admin, ServeEvent serveEvent, PathParams pathParams) {
      Duration by;
      try {
        JsonNode body = Answers.JSON.readTree(serveEvent.getRequest().getBody());
        JsonNode value = body == null ? null : body.get("by");
        if (value == null || !value.isTextual()) {
          return Answers.message(400, "Send {\"by\": \"10m\"}: how far to move the clock (10m, 90s, 250ms, PT10M...)");
        }
        by = Durations.parse(value.asText());
        store.clock().advance(by);
      } catch (IllegalArgumentException e) {
        return Answers.message(400, e.getMessage());
      } catch (java.io.IOException e) {
        return Answers.message(400, "The body is not JSON: send {\"by\": \"10m\"}");
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
