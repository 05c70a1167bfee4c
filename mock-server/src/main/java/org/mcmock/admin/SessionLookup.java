package org.mcmock.admin;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.Optional;
import java.util.function.Function;
import org.mcmock.http.Answers;
import org.mcmock.session.SessionSnapshot;
import org.mcmock.session.SessionStore;

/** Finds the session a route names by its sid: 200 with a view of it, or 404 when it is not held. */
final class SessionLookup {

  private SessionLookup() {}

  /** 200 with a view of the session, or 404 when it was never issued or has been forgotten. */
  static ResponseDefinition withSession(
      SessionStore store, String sid, boolean withEvents, Function<SessionSnapshot, Object> view) {
    return store.find(sid)
        .map(session -> Answers.json(200, view.apply(
            session.snapshot(store.clock().millis(), store.settings(), withEvents))))
        .orElseGet(() -> Answers.message(404, "No session " + sid + " (never issued, or forgotten after retention)"));
  }

  /** The session with its events, as {@code GET sessions/{sid}} answers it, or empty when it is not held. */
  static Optional<org.mcmock.model.Session> detail(SessionStore store, String sid) {
    return store.find(sid).map(session -> SnapshotModel.detail(
        session.snapshot(store.clock().millis(), store.settings(), true)));
  }

  static ResponseDefinition withSession(SessionStore store, String sid, Function<SessionSnapshot, Object> view) {
    return withSession(store, sid, false, view);
  }
}
