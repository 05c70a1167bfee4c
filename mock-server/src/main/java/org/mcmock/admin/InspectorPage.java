package org.mcmock.admin;

import static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.responseDefinition;

import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.mcmock.http.Answers;

/**
 * {@code GET /__admin/media-collection/ui/} and its files: the inspector page, bundled in the jar. Only the
 * files named here are served (a name is looked up among them, never used as a path). The page holds no data: it reads the admin
 * API like any client, so {@link AdminGuard} lets these files through without the token (the page then asks
 * for it), but with the same Host and Origin rules.
 */
public final class InspectorPage {

  public static final String PATH = MediaCollectionAdminApi.ROOT + "/ui";
  /** Everything the page loads comes from this mock; the SVG attributes it sets are not inline styles. */
  static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
      + " connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  private static final String PAGE = "/org/mcmock/admin/ui/";
  /** Shared with verify's HTML report, which inlines them: one chart script, one stylesheet. */
  private static final String CHART = "/org/mcmock/chart/";
  private static final Map<String, String[]> FILES = Map.of(
      "", new String[] {PAGE + "index.html", "text/html; charset=utf-8"},
      "inspector.js", new String[] {PAGE + "inspector.js", "text/javascript; charset=utf-8"},
      "timeline.js", new String[] {CHART + "timeline.js", "text/javascript; charset=utf-8"},
      "inspector.css", new String[] {CHART + "inspector.css", "text/css; charset=utf-8"});

  /**
   * The routes, relative to {@code /__admin}: the page, and its files by name. WireMock finds a route's
   * template by its task's class, so each route has a task of its own class.
   */
  static Map<String, AdminTask> routes() {
    InspectorPage page = new InspectorPage();
    AdminTask index = (admin, event, params) -> page.serve("");
    AdminTask folder = (admin, event, params) -> page.serve("");
    AdminTask file = (admin, event, params) -> page.serve(params.get("file"));
    return Map.of(PATH, index, PATH + "/", folder, PATH + "/{file}", file);
  }

  /** Whether {@code uri} (from {@code /__admin}) is one of the page's files: they need no token. */
  public static boolean isPage(String method, String uri) {
    if (!"GET".equals(method) || uri == null || !uri.startsWith("/__admin" + PATH)) {
      return false;
    }
    String rest = uri.substring(("/__admin" + PATH).length());
    return rest.isEmpty() || (rest.startsWith("/") && FILES.containsKey(rest.substring(1)));
  }

  private InspectorPage() {}

  private ResponseDefinition serve(String file) {
    String[] found = FILES.get(file);
    if (found == null) {
      return Answers.message(404, "The inspector page has no file " + file + ": open /__admin" + PATH + "/");
    }
    try (InputStream in = InspectorPage.class.getResourceAsStream(found[0])) {
      if (in == null) {
        return Answers.message(404, "This build of the mock has no inspector page");
      }
      return responseDefinition().withStatus(200).withBody(in.readAllBytes())
          .withHeader("Content-Type", found[1])
          .withHeader("Content-Security-Policy", POLICY)
          .withHeader("X-Content-Type-Options", "nosniff")
          .withHeader("Referrer-Policy", "no-referrer")
          .withHeader("Cache-Control", "no-cache")
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
