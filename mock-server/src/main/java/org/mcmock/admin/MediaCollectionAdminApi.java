package org.mcmock.admin;

import static com.github.tomakehurst.wiremock.http.RequestMethod.DELETE;
import static com.github.tomakehurst.wiremock.http.RequestMethod.GET;
import static com.github.tomakehurst.wiremock.http.RequestMethod.POST;
import static com.github.tomakehurst.wiremock.http.RequestMethod.PUT;

import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mcmock.http.Answers;
import org.mcmock.model.JournalPages;
import org.mcmock.faults.FaultPlan;
import org.mcmock.session.SessionStore;

/** The mock's own admin routes, beside WireMock's, under {@code /__admin/media-collection/}. */
public final class MediaCollectionAdminApi implements AdminApiExtension {

  public static final String NAME = "media-collection-admin";
  public static final String ROOT = "/media-collection";

  private final SessionStore store;
  private final FaultPlan faults;
  private final Runnable reset;
  /** The lists whose answers can be long: WireMock's router and {@link #streams()} share them. */
  private final Map<String, StreamedAnswer> lists;

  /** @param reset what {@code POST reset} does: the mock's own reset, shared with its Java API */
  public MediaCollectionAdminApi(SessionStore store, FaultPlan faults, Runnable reset) {
    this.store = store;
    this.faults = faults;
    this.reset = reset;
    this.lists = Map.of(
        ROOT + "/sessions", new ListSessionsTask(store),
        ROOT + "/findings", new ListFindingsTask(store),
        ROOT + "/rejected-batches", new ListRejectedBatchesTask(store),
        ROOT + "/journal", new GetJournalTask(store));
  }

  /**
   * The servlet filter that writes the admin lists straight to the response ({@code GET sessions, findings,
   * rejected-batches, journal}); without it WireMock's router answers them from memory, a page at a time.
   */
  public AdminStreams streams() {
    return new AdminStreams(lists);
  }

  /** One session with its events, as {@code GET sessions/{sid}} answers it, read in-process; empty when not held. */
  public Optional<org.mcmock.model.Session> session(String sid) {
    return SessionLookup.detail(store, sid);
  }

  /** The whole journal, every page of {@code GET journal} in one document, read in-process. */
  public JsonNode journal() throws IOException {
    StreamedAnswer pages = lists.get(ROOT + "/journal");
    return JournalPages.collect(cursor -> {
      TokenBuffer page = new TokenBuffer(Answers.JSON, false);
      pages.prepare(new AdminQuery(name -> "cursor".equals(name) && cursor != null ? List.of(cursor) : List.of()))
          .writeTo(page);
      return Answers.JSON.readTree(page.asParser());
    });
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public void contributeAdminApiRoutes(Router router) {
    lists.forEach((path, list) -> router.add(GET, path, list));
    router.add(GET, ROOT + "/sessions/{sid}", new GetSessionTask(store));
    router.add(GET, ROOT + "/sessions/{sid}/findings", new GetSessionFindingsTask(store));
    router.add(GET, ROOT + "/sessions/{sid}/summary", new GetSessionSummaryTask(store));
    router.add(GET, ROOT + "/rules", new ListRulesTask(store));
    router.add(GET, ROOT + "/mode", ModeTasks.get(store));
    router.add(PUT, ROOT + "/mode", new ModeTasks.SetModeTask(store));
    router.add(POST, ROOT + "/mode", new ModeTasks.SetModeTask(store));
    router.add(POST, ROOT + "/reset", new ResetTask(reset));
    router.add(GET, ROOT + "/clock", ClockTasks.get(store));
    router.add(POST, ROOT + "/clock/advance", new ClockTasks.AdvanceClockTask(store));
    router.add(POST, ROOT + "/faults", new FaultTasks.PlanFaultTask(faults));
    router.add(GET, ROOT + "/faults", FaultTasks.list(faults));
    router.add(DELETE, ROOT + "/faults", FaultTasks.clear(faults));
    router.add(GET, ROOT + "/refused-session-starts", new ListRefusedStartsTask(store));
    InspectorPage.routes().forEach((path, page) -> router.add(GET, path, page));
  }
}
