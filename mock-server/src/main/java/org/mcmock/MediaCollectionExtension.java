package org.mcmock;

import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.extension.ExtensionFactory;
import com.github.tomakehurst.wiremock.extension.WireMockServices;
import com.github.tomakehurst.wiremock.global.GlobalSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mcmock.admin.AdminStreams;
import org.mcmock.admin.MediaCollectionAdminApi;
import org.mcmock.config.MockSettings;
import org.mcmock.faults.FaultPlan;
import org.mcmock.http.DirectAnswers;
import org.mcmock.http.MediaCollectionHttp;
import org.mcmock.schema.SchemaCatalog;
import org.mcmock.session.MockClock;
import org.mcmock.session.SessionStore;

/**
 * Turns a WireMock server into Adobe's Media Collection API backend: endpoints, sessions, schemas,
 * CORS and the admin API under {@code /__admin/media-collection/}.
 *
 * <pre>{@code
 * var mock = new MediaCollectionExtension(MockSettings.defaults(), SchemaCatalog.bundled(), MockClock.system());
 * var server = new WireMockServer(wireMockConfig().dynamicPort().extensions(mock));
 * server.start();   // POST http://localhost:<port>/api/v1/sessions answers 201 + Location
 * }</pre>
 */
public class MediaCollectionExtension implements ExtensionFactory {

  private final SessionStore store;
  private final SchemaCatalog schemas;
  private final FaultPlan faults = new FaultPlan();
  private final MediaCollectionAdminApi admin;
  private final DirectAnswers direct;

  public MediaCollectionExtension(MockSettings settings, SchemaCatalog schemas, MockClock clock) {
    this.store = new SessionStore(clock, settings);
    this.schemas = schemas;
    this.admin = new MediaCollectionAdminApi(store, faults, this::reset);
    this.direct = new DirectAnswers(faults, settings.maxBodyBytes());
  }

  /** The servlet filter that streams the admin lists; {@link MediaCollectionMock} puts it in front of them. */
  public AdminStreams adminStreams() {
    return admin.streams();
  }

  /**
   * The servlet filter that answers the player endpoints before WireMock's request handling, when nothing of
   * WireMock's would see the request; {@link MediaCollectionMock} puts it in front of the stubs.
   */
  public DirectAnswers directAnswers() {
    return direct;
  }

  /** The sessions this extension records, for in-process inspection. */
  public SessionStore sessions() {
    return store;
  }

  /** The faults planned through the admin API ({@code /__admin/media-collection/faults}). */
  public FaultPlan faults() {
    return faults;
  }

  /**
   * Forgets every session, rejected batch, refused sessionStart and planned fault, and puts the clock and mode
   * back: what {@code POST /__admin/media-collection/reset} does, and the JUnit extension before each test.
   */
  public void reset() {
    store.reset();
    faults.clear();
  }

  /**
   * One session with its events, as {@code GET /__admin/media-collection/sessions/{sid}} answers it, read in-process
   * (the command line's {@code verify} route checks one session without reading the whole journal); empty when the
   * session is not held.
   */
  public Optional<org.mcmock.model.Session> session(String sid) {
    return admin.session(sid);
  }

  public SchemaCatalog schemas() {
    return schemas;
  }

  private static boolean undelayed(GlobalSettings settings) {
    return (settings.getFixedDelay() == null || settings.getFixedDelay() <= 0) && settings.getDelayDistribution() == null;
  }

  @Override
  public List<Extension> create(WireMockServices services) {
    List<Extension> extensions = new ArrayList<>(
        MediaCollectionHttp.extensions(schemas, store, faults, () -> services.getStores().getStubStore().getAll(), direct,
            () -> undelayed(services.getStores().getSettingsStore().get())));
    extensions.add(admin);
    return extensions;
  }
}
