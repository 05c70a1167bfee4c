package org.mcmock.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** The API a session came in by: Adobe's Media Collection API or its Media Edge API, on one session engine. */
public enum Api {
  MEDIA_COLLECTION("media-collection"),
  MEDIA_EDGE("media-edge");

  private final String label;

  Api(String label) {
    this.label = label;
  }

  /** As the admin API and the journal spell it, e.g. {@code media-edge}. */
  @JsonValue
  public String label() {
    return label;
  }

  @Override
  public String toString() {
    return label;
  }
}
