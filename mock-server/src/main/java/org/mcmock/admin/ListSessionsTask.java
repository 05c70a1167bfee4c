package org.mcmock.admin;

import org.mcmock.session.SessionStore;

/**
 * {@code GET /__admin/media-collection/sessions?limit=1000&cursor=...}: retained sessions with their state and
 * counts, a page at a time; {@code total} counts them all.
 */
final class ListSessionsTask implements StreamedAnswer {

  static final int DEFAULT_LIMIT = 1000;
  static final int MAX_LIMIT = 10_000;

  private final SessionStore store;

  ListSessionsTask(SessionStore store) {
    this.store = store;
  }

  @Override
  public Body prepare(AdminQuery query) {
    Page page = Page.of(query, DEFAULT_LIMIT, MAX_LIMIT);
    return json -> {
      store.sweep();
      json.writeStartObject();
      json.writeNumberField("total", store.size());
      json.writeNumberField("limit", page.limit());
      SessionPages.write(store, page, false, "sessions", SnapshotModel::overview, json);
      json.writeEndObject();
    };
  }
}
