package org.mcmock.admin;

import static com.github.tomakehurst.wiremock.http.RequestMethod.DELETE;
import static com.github.tomakehurst.wiremock.http.RequestMethod.GET;
import static com.github.tomakehurst.wiremock.http.RequestMethod.POST;
import static com.github.tomakehurst.wiremock.http.RequestMethod.PUT;

import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import org.mcmock.faults.FaultPlan;
import org.mcmock.session.SessionStore;

/** The mock's own admin routes, beside WireMock's, under {@code /__admin/media-collection/}. */
public final class MediaCollectionAdminApi implements AdminApiExtension {

  public static final String NAME = "media-collection-admin";
  public static final String ROOT = "/media-collection";

  private final SessionStore store;
  private final FaultPlan faults;
  private final Runnable reset;

  /** @param reset what {@code POST reset} does: the mock's own reset, shared with its Java API */
  public MediaCollectionAdminApi(SessionStore store, FaultPlan faults, Runnable reset) {
    this.store = store;
    this.faults = faults;
    this.reset = reset;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public void contributeAdminApiRoutes(Router router) {
    router.add(GET, ROOT + "/sessions", new ListSessionsTask(store));
    router.add(GET, ROOT + "/sessions/{sid}", new GetSessionTask(store));
    router.add(GET, ROOT + "/sessions/{sid}/findings", new GetSessionFindingsTask(store));
    router.add(GET, ROOT + "/sessions/{sid}/summary", new GetSessionSummaryTask(store));
    router.add(GET, ROOT + "/findings", new ListFindingsTask(store));
    router.add(GET, ROOT + "/rules", new ListRulesTask(store));
    router.add(GET, ROOT + "/mode", ModeTasks.get(store));
    router.add(PUT, ROOT + "/mode", new ModeTasks.SetModeTask(store));
    router.add(POST, ROOT + "/mode", new ModeTasks.SetModeTask(store));
    router.add(GET, ROOT + "/rejected-batches", new ListRejectedBatchesTask(store));
    router.add(GET, ROOT + "/journal", new GetJournalTask(store));
    router.add(POST, ROOT + "/reset", new ResetTask(reset));
    router.add(GET, ROOT + "/clock", ClockTasks.get(store));
    router.add(POST, ROOT + "/clock/advance", new ClockTasks.AdvanceClockTask(store));
    router.add(POST, ROOT + "/faults", new FaultTasks.PlanFaultTask(faults));
    router.add(GET, ROOT + "/faults", FaultTasks.list(faults));
    router.add(DELETE, ROOT + "/faults", FaultTasks.clear(faults));
  }
}
