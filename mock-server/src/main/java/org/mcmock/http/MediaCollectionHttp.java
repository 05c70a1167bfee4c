package org.mcmock.http;

import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.mcmock.contract.JsonBodyReader;
import org.mcmock.faults.FaultPlan;
import org.mcmock.schema.SchemaCatalog;
import org.mcmock.session.SessionStore;

/** Wires the HTTP-facing extensions around one schema catalog and one session store. */
public final class MediaCollectionHttp {

  private MediaCollectionHttp() {}

  /**
   * @param faults the faults planned through the admin API, which the session endpoints consult
   * @param stubs every stub the WireMock server holds right now, for the {@link FastPath}
   * @param direct the servlet filter that answers with the same endpoints before WireMock, when it may
   * @param undelayed true while WireMock's global settings add no delay to every answer (the filter then may)
   */
  public static List<Extension> extensions(SchemaCatalog schemas, SessionStore store, FaultPlan faults,
      Supplier<Stream<StubMapping>> stubs, DirectAnswers direct, BooleanSupplier undelayed) {
    EventReader reader = new EventReader(new JsonBodyReader(store.settings().maxBodyBytes()), schemas);
    DownloadedIntake downloaded = new DownloadedIntake(reader, store);
    SessionsTransformer sessions = new SessionsTransformer(reader, downloaded, store, faults);
    EventsTransformer events = new EventsTransformer(reader, store, faults);
    DownloadedTransformer downloads = new DownloadedTransformer(reader, downloaded);
    EdgeStarts edgeStarts = new EdgeStarts(schemas, store);
    MediaEdgeTransformer edgeEvents = new MediaEdgeTransformer(reader, schemas, store, faults, edgeStarts);
    EdgeInteractTransformer edgeInteract = new EdgeInteractTransformer(reader, faults, edgeStarts);
    OnlyOurStubs onlyOurStubs = new OnlyOurStubs(stubs);
    FastPath fastPath = new FastPath(Map.of(Route.SESSIONS, sessions, Route.EVENTS, events, Route.DOWNLOADED, downloads),
        Map.of(EdgeRoute.MEDIA, edgeEvents, EdgeRoute.INTERACT, edgeInteract), onlyOurStubs);
    direct.answerFor(fastPath, undelayed);
    return List.of(
        new MediaCollectionStubs(),
        sessions,
        events,
        downloads,
        new SchemasTransformer(schemas),
        edgeEvents,
        edgeInteract,
        new EdgePreflightTransformer(reader),
        new FallbackTransformer(),
        new CorsHeaders(),
        onlyOurStubs,
        fastPath);
  }
}
