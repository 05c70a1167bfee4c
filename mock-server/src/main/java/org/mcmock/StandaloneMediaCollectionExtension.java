package org.mcmock;

import org.mcmock.config.MockSettings;
import org.mcmock.schema.SchemaCatalog;
import org.mcmock.session.MockClock;

/**
 * The extension on its defaults, for WireMock's own standalone runner and extension scanning:
 * {@code java -cp wiremock-standalone.jar:mcmock.jar wiremock.Run --extensions org.mcmock.StandaloneMediaCollectionExtension}.
 */
public final class StandaloneMediaCollectionExtension extends MediaCollectionExtension {

  public StandaloneMediaCollectionExtension() {
    super(MockSettings.defaults(), SchemaCatalog.bundled(), MockClock.system());
  }
}
