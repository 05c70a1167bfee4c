package org.mcmock.admin;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.mcmock.http.Answers;
import org.mcmock.session.SessionSnapshot;
import org.mcmock.session.SessionStore;

/** Writes one page of held sessions, one snapshot in memory at a time, then the cursor of the next page. */
final class SessionPages {

  private SessionPages() {}

  /** How a page writes one session. */
  @FunctionalInterface
  interface View {
    Object of(SessionSnapshot snapshot);
  }

  /**
   * Writes {@code "<name>": [...]} with the page's sessions, then {@code "next"}: the cursor of the next page,
   * or null after the last.
   */
  static void write(SessionStore store, Page page, boolean withEvents, String name, View view, JsonGenerator json)
      throws IOException {
    List<SessionStore.Listed> listed = store.page(page.after(), page.limit() + 1);
    json.writeArrayFieldStart(name);
    for (SessionStore.Listed item : listed.subList(0, Math.min(page.limit(), listed.size()))) {
      Answers.JSON.writeValue(json, view.of(snapshot(store, item, withEvents)));
    }
    json.writeEndArray();
    json.writeObjectField("next",
        listed.size() > page.limit() ? Page.cursor(listed.get(page.limit() - 1).position()) : null);
  }

  static SessionSnapshot snapshot(SessionStore store, SessionStore.Listed item, boolean withEvents) {
    return item.session().snapshot(store.clock().millis(), store.settings(), withEvents);
  }
}
