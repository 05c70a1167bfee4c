package org.mcmock.contract.players;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** The name a feature file gives itself, so that a command player hears "Feature: Scenario" as verify names it. */
public final class FeatureNames {

  private FeatureNames() {}

  /** @param uri Cucumber's name for the file, e.g. {@code classpath:features/live-stream.feature} */
  static String of(URI uri) {
    String path = uri.getSchemeSpecificPart().replaceFirst("^/+", "");
    try (InputStream in = FeatureNames.class.getClassLoader().getResourceAsStream(path)) {
      if (in != null) {
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          if (line.strip().startsWith("Feature:")) {
            return line.strip().substring("Feature:".length()).strip();
          }
        }
      }
    } catch (IOException e) {
      // The file name stands in for the feature's name below.
    }
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** "Feature name: Scenario name". */
  public static String scenario(URI feature, String scenario) {
    return of(feature) + ": " + scenario;
  }
}
