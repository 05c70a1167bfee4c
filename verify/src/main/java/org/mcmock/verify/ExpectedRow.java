package org.mcmock.verify;

/** A row of an expected timeline: a request in order, or how often pings come over a stretch of it. */
public sealed interface ExpectedRow permits ExpectedEvent, PingCadence {

  /** The row's number in its table, the header being row 0. */
  int row();

  /** The row as a reader of the diff sees it. */
  String describe();
}
