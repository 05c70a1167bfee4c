package org.mcmock.session;

import java.util.List;
import org.mcmock.model.Violation;
import org.mcmock.model.Finding;

/**
 * A sessionStart the mock refused, or that a planned fault answered, so no session holds it: kept so that a
 * verifier can say why a player's session never began.
 *
 * @param arrivedAt mock-clock epoch ms
 * @param status 0 when a planned fault broke the connection instead
 * @param violations why it was invalid; {@code findings}, why strict mode refused it
 * @param injected what a planned fault did instead of the mock's answer, or null
 * @param body the body as received, cut to {@link RejectedBatch#BODY_PREVIEW_CHARS}
 */
public record RefusedStart(long arrivedAt, int status, List<Violation> violations, List<Finding> findings,
    String injected, String body) {

  public static RefusedStart of(long arrivedAt, int status, List<Violation> violations, List<Finding> findings,
      String injected, String body) {
    return new RefusedStart(arrivedAt, status, List.copyOf(violations), List.copyOf(findings), injected,
        RejectedBatch.preview(body));
  }
}
