package org.mcmock.session;

import java.util.List;
import org.mcmock.model.Finding;

/**
 * What became of a request that would open a session (a sessionStart or a downloaded batch).
 *
 * @param session the new session, or null when strict mode refused the request for an error finding
 * @param findings what the session rules said about the request
 */
public record Opening(Session session, List<Finding> findings) {

  public boolean refused() {
    return session == null;
  }
}
