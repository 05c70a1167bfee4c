package org.mcmock.model;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** {@code GET /__admin/media-collection/sessions/{sid}/summary}: the session's sid, then its summary. */
public record SessionSummary(String sid, @JsonUnwrapped Summary summary) {}
