package org.mcmock.admin;

import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.Optional;
import org.mcmock.http.Answers;
import org.mcmock.model.Mode;
import org.mcmock.session.SessionStore;

/** The mode routes: read it, and switch between faithful and strict while the mock runs. */
final class ModeTasks {

  private ModeTasks() {}

  /** {@code GET /__admin/media-collection/mode}. */
  static AdminTask get(SessionStore store) {
    return (admin, serveEvent, pathParams) -> view(store);
  }

  /**
   * {@code PUT} (or {@code POST}) {@code /__admin/media-collection/mode} with {@code {"mode": "strict"}}. A class,
   * not a record like the other tasks: it answers two routes, and WireMock's routes tell their tasks apart by
   * {@code equals}.
   */
  static final class SetModeTask implements AdminTask {

    private final SessionStore store;

    SetModeTask(SessionStore store) {
      this.store = store;
    }

    @Override
    public ResponseDefinition execute(Admin admin, ServeEvent serveEvent, PathParams pathParams) {
      Optional<Mode> mode = AdminBodies.textField(serveEvent, "mode").flatMap(Mode::fromLabel);
      if (mode.isEmpty()) {
        return Answers.message(400, "Send {\"mode\": \"faithful\"} or {\"mode\": \"strict\"}");
      }
      store.switchMode(mode.get());
      return view(store);
    }
  }

  private static ResponseDefinition view(SessionStore store) {
    return Answers.json(200, JsonFields.fields("mode", store.mode().label(),
        "startedAs", store.settings().mode().label()));
  }
}
