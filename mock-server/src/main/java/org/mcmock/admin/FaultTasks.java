package org.mcmock.admin;

import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.Map;
import org.mcmock.faults.FaultAction;
import org.mcmock.faults.FaultPlan;
import org.mcmock.faults.FaultSpec;
import org.mcmock.faults.PlannedFault;
import org.mcmock.http.Answers;

/** The fault routes: plan one, list them with what they have seen and done, remove them all. */
final class FaultTasks {

  private FaultTasks() {}

  /** {@code GET /__admin/media-collection/faults}: {@code {"total": n, "faults": [...]}}, oldest first. */
  static AdminTask list(FaultPlan plan) {
    return (admin, serveEvent, pathParams) ->
        Answers.json(200, JsonFields.list("faults", plan.faults().stream().map(FaultTasks::view).toList()));
  }

  /** {@code DELETE /__admin/media-collection/faults}. */
  static AdminTask clear(FaultPlan plan) {
    return (admin, serveEvent, pathParams) -> {
      plan.clear();
      return Answers.message(200, "Every planned fault removed; requests get the mock's own answers again");
    };
  }

  /**
   * {@code POST /__admin/media-collection/faults} with {@code {"on": "ping", "occurrence": 2, "times": 1,
   * "delay": "3s", "status": 500, "fault": "CONNECTION_RESET_BY_PEER"}}: 201 with the planned fault, or 400
   * naming what is wrong with the body.
   */
  record PlanFaultTask(FaultPlan plan) implements AdminTask {

    @Override
    public ResponseDefinition execute(Admin admin, ServeEvent serveEvent, PathParams pathParams) {
      FaultSpec spec;
      try {
        spec = FaultSpec.read(AdminBodies.json(serveEvent));
      } catch (IllegalArgumentException e) {
        return Answers.message(400, e.getMessage());
      }
      return Answers.json(201, view(plan.plan(spec)));
    }
  }

  private static Map<String, Object> view(PlannedFault fault) {
    FaultSpec spec = fault.spec();
    FaultAction action = spec.action();
    PlannedFault.Progress progress = fault.progress();
    return JsonFields.fields("id", fault.id(), "on", spec.target().on(), "occurrence", spec.occurrence(),
        "times", spec.times(), "delayMillis", action.delayMillis(), "status", action.status(),
        "fault", action.fault() == null ? null : action.fault().name(), "injects", action.describe(),
        "seen", progress.seen(), "fired", progress.fired(), "spent", progress.spent());
  }
}
