package org.mcmock.session;

import java.util.List;
import org.mcmock.model.Violation;

/**
 * A downloaded batch that was refused whole, kept so a team can see why its offline sessions vanish.
 *
 * @param arrivedAt mock-clock epoch ms
 * @param path the endpoint it was posted to
 * @param events how many elements the batch had (-1 when the body was not an array)
 * @param violations every reason, each pointing into the batch ({@code /3/playerTime/ts})
 * @param body the body as received, cut to {@link #BODY_PREVIEW_CHARS}
 */
public record RejectedBatch(long arrivedAt, String path, int events, List<Violation> violations, String body) {

  public static final int BODY_PREVIEW_CHARS = 4096;

  public static RejectedBatch of(long arrivedAt, String path, int events, List<Violation> violations, String body) {
    return new RejectedBatch(arrivedAt, path, events, List.copyOf(violations), preview(body));
  }

  /** A body cut to {@link #BODY_PREVIEW_CHARS}, so a refused megabyte does not stay in memory. */
  static String preview(String body) {
    return body.length() > BODY_PREVIEW_CHARS ? body.substring(0, BODY_PREVIEW_CHARS) + "..." : body;
  }
}
