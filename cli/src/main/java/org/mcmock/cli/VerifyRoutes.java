package org.mcmock.cli;

import static com.github.tomakehurst.wiremock.http.RequestMethod.GET;

import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.mcmock.MediaCollectionExtension;
import org.mcmock.admin.MediaCollectionAdminApi;
import org.mcmock.http.Answers;
import org.mcmock.model.JournalPage;
import org.mcmock.model.Session;
import org.mcmock.verify.ExpectedTimeline;
import org.mcmock.verify.FeatureTimelines;
import org.mcmock.verify.Journal;
import org.mcmock.verify.TimelineCheck;
import org.mcmock.verify.VerdictJson;

/**
 * The admin routes that need verify and the features, which the mock's own module does not know: the command
 * line adds them beside the mock's ({@code mcmock.jar} bundles all three), so the inspector page can set a
 * session against a timeline. A mock started from Java without them answers these routes 404, and the page
 * says so.
 * <ul>
 *   <li>{@code GET /__admin/media-collection/timelines}: the names of the bundled features' timelines</li>
 *   <li>{@code GET /__admin/media-collection/verify?timeline=NAME&sid=SID}: verify's verdict on that session, as
 *       the chart draws it</li>
 * </ul>
 */
final class VerifyRoutes implements AdminApiExtension {

  private final MediaCollectionExtension mock;
  private final Supplier<FeatureTimelines> timelines;

  VerifyRoutes(MediaCollectionExtension mock, Supplier<FeatureTimelines> timelines) {
    this.mock = mock;
    this.timelines = timelines;
  }

  @Override
  public String getName() {
    return "media-collection-verify";
  }

  @Override
  public void contributeAdminApiRoutes(Router router) {
    router.add(GET, MediaCollectionAdminApi.ROOT + "/timelines",
        (admin, event, params) -> Answers.json(200, Map.of("timelines", timelines.get().names())));
    router.add(GET, MediaCollectionAdminApi.ROOT + "/verify", new VerifySessionTask());
  }

  private final class VerifySessionTask implements AdminTask {
    @Override
    public ResponseDefinition execute(Admin admin, ServeEvent serveEvent, PathParams pathParams) {
      String name = query(serveEvent, "timeline");
      String sid = query(serveEvent, "sid");
      if (name == null || sid == null) {
        return Answers.message(400, "Send ?timeline=NAME&sid=SID: a timeline of GET /__admin/media-collection/timelines"
            + " and a session's sid");
      }
      ExpectedTimeline timeline;
      try {
        timeline = timelines.get().find(name);
      } catch (IllegalArgumentException e) {
        return Answers.message(400, e.getMessage());
      }
      Optional<Session> session = mock.session(sid);
      if (session.isEmpty()) {
        return Answers.message(404, "No session " + sid + " is retained: GET /__admin/media-collection/sessions lists"
            + " them");
      }
      Journal journal = Journal.of(new JournalPage(null, List.of(session.get()), null, List.of()));
      return Answers.json(200, VerdictJson.of(TimelineCheck.withDefaultTolerance().check(timeline, journal,
          List.of(sid))));
    }

    private String query(ServeEvent event, String name) {
      QueryParameter parameter = event.getRequest().queryParameter(name);
      return parameter.isPresent() && !parameter.firstValue().isBlank() ? parameter.firstValue() : null;
    }
  }
}
