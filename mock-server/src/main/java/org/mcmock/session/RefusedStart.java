package org.mcmock.session;

import java.util.List;
import org.mcmock.contract.Violation;
import org.mcmock.rules.Finding;

/**
 * A sessionStart the mock refused, so no session holds it: kept so that a verifier can say why a player's
 * session never began.
 *
 * @param arrivedAt mock-clock epoch ms
 * @param violations why it was invalid; {@code findings}, why strict mode refused it
 * @param body the body as received, cut to {@link RejectedBatch#BODY_PREVIEW_CHARS}
 */
public record RefusedStart(long arrivedAt, int status, List<Violation> violations, List<Finding> findings,
    String body) {

  public static RefusedStart of(long arrivedAt, int status, List<Violation> violations, List<Finding> findings,
      String body) {
    return new RefusedStart(arrivedAt, status, List.copyOf(violations), List.copyOf(findings),
        RejectedBatch.preview(body));
  }
}
