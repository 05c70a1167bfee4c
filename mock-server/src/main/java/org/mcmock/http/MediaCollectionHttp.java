package org.mcmock.http;

import com.github.tomakehurst.wiremock.extension.Extension;
import java.util.List;
import org.mcmock.contract.JsonBodyReader;
import org.mcmock.schema.SchemaCatalog;
import org.mcmock.session.SessionStore;

/** Wires the HTTP-facing extensions around one schema catalog and one session store. */
public final class MediaCollectionHttp {

  private MediaCollectionHttp() {}

  public static List<Extension> extensions(SchemaCatalog schemas, SessionStore store) {
    EventReader reader = new EventReader(new JsonBodyReader(store.settings().maxBodyBytes()), schemas);
    DownloadedIntake downloaded = new DownloadedIntake(reader, store);
    return List.of(
        new MediaCollectionStubs(),
        new SessionsTransformer(reader, downloaded, store),
        new EventsTransformer(reader, store),
        new DownloadedTransformer(reader, downloaded),
        new SchemasTransformer(schemas),
        new FallbackTransformer(),
        new CorsHeaders());
  }
}
