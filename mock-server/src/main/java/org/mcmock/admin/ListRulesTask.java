package org.mcmock.admin;

import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.Arrays;
import org.mcmock.config.Durations;
import org.mcmock.config.RuleSettings;
import org.mcmock.http.Answers;
import org.mcmock.model.RuleId;
import org.mcmock.session.SessionStore;

/** {@code GET /__admin/media-collection/rules}: every rule id, its severity, and the settings in force. */
record ListRulesTask(SessionStore store) implements AdminTask {

  @Override
  public ResponseDefinition execute(Admin admin, ServeEvent serveEvent, PathParams pathParams) {
    RuleSettings settings = store.rules().settings();
    var body = JsonFields.fields(
        "mode", store.mode().label(),
        "settings", JsonFields.fields(
            "pingInterval", Durations.format(RuleSettings.CONTENT_PING_INTERVAL),
            "adPingInterval", Durations.format(settings.adPingInterval()),
            "downloadedPingInterval", Durations.format(RuleSettings.DOWNLOADED_PING_INTERVAL),
            "pingTolerance", Durations.format(settings.pingTolerance()),
            "playheadTolerance", Durations.format(settings.playheadTolerance()),
            "reorderWindow", Durations.format(store.settings().ordering().reorderWindow()),
            "reorderEvents", store.settings().ordering().reorderEvents(),
            "settleWindow", Durations.format(store.settings().ordering().settleWindow())),
        "rules", Arrays.stream(RuleId.values())
            .map(r -> JsonFields.fields("id", r.name(), "severity", r.severityLabel(), "checks", r.description(),
                "waitsForEarlierEvents", r.curableByEarlierEvent()))
            .toList());
    return Answers.json(200, body);
  }
}
