package org.mcmock.admin;

import java.net.URI;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Who may use the admin API ({@code /__admin/...}, the mock's routes and WireMock's): a request whose
 * {@code Host} is not a name of this mock (DNS rebinding) or whose {@code Origin} is another site's (a web page
 * the tester has open) is refused, and with a token set every request must carry it. Tools that send no
 * {@code Origin} (curl, {@code verify}, the JUnit extension, CI scripts) pass as before. Built once from the
 * command line; the player endpoints are not concerned.
 *
 * @param allowedOrigins origins ({@code https://dashboard.example}) whose pages may call the admin API, with
 *     CORS; {@code *} allows any
 * @param hostNames names besides loopback names and IP addresses that the mock is reached by
 *     ({@code mock.ci.internal})
 * @param bindAddress the address the mock listens on, as given
 * @param token when not null, every admin request needs {@code Authorization: Bearer <token>}
 */
public record AdminAccess(List<String> allowedOrigins, List<String> hostNames, String bindAddress, String token) {

  public AdminAccess {
    allowedOrigins = allowedOrigins.stream().map(AdminAccess::normalOrigin).toList();
    hostNames = hostNames.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
    token = token == null || token.isBlank() ? null : token;
  }

  /** Loopback names and IP addresses only, same-origin pages only, no token: the default. */
  public static AdminAccess local() {
    return new AdminAccess(List.of(), List.of(), null, null);
  }

  public AdminAccess withToken(String value) {
    return new AdminAccess(allowedOrigins, hostNames, bindAddress, value);
  }

  /**
   * Why a request with these headers may not use the admin API, or empty when it may.
   *
   * @param tokenExempt a CORS preflight, or a file of the inspector page: no token asked
   */
  public Optional<Refusal> refusal(String host, String origin, String authorization, boolean tokenExempt) {
    if (host != null && !knownHost(hostName(host))) {
      return Optional.of(new Refusal(403, "Host '" + host + "' is not a name of this mock: the admin API answers"
          + " to localhost, IP addresses and the names given with --admin-host"));
    }
    if (origin != null && !allowsOrigin(origin, host)) {
      return Optional.of(new Refusal(403, "A page from " + origin + " may not use the admin API: start the mock"
          + " with --admin-allow-origin " + origin + " to allow it"));
    }
    if (token != null && !tokenExempt && !tokenMatches(authorization)) {
      return Optional.of(new Refusal(401, "The admin API needs the token given with --admin-token: send"
          + " Authorization: Bearer <token>"));
    }
    return Optional.empty();
  }

  /** The mock's own pages (its origin is the address the request was sent to) and the listed ones. */
  public boolean allowsOrigin(String origin, String host) {
    String asked = normalOrigin(origin);
    return allowedOrigins.contains("*") || allowedOrigins.contains(asked)
        || (host != null && (asked.equals("http://" + host.toLowerCase(Locale.ROOT))
            || asked.equals("https://" + host.toLowerCase(Locale.ROOT))));
  }

  /**
   * IP literals are safe to answer: DNS rebinding needs a name the attacker controls, and a page's origin is
   * the name in its address bar.
   */
  private boolean knownHost(String name) {
    return name.equals("localhost") || name.endsWith(".localhost") || ipLiteral(name)
        || name.equals(bindAddress) || hostNames.contains(name);
  }

  private boolean tokenMatches(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return false;
    }
    return MessageDigest.isEqual(authorization.substring(7).trim().getBytes(StandardCharsets.UTF_8),
        token.getBytes(StandardCharsets.UTF_8));
  }

  /** {@code Host: [::1]:8080} → {@code ::1}; {@code Host: LOCALHOST.} → {@code localhost}. */
  static String hostName(String host) {
    String name = host.trim().toLowerCase(Locale.ROOT);
    if (name.startsWith("[")) {
      int end = name.indexOf(']');
      return end < 0 ? name : name.substring(1, end);
    }
    int colon = name.lastIndexOf(':');
    name = colon >= 0 ? name.substring(0, colon) : name;
    return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
  }

  private static boolean ipLiteral(String name) {
    return name.matches("\\d{1,3}(\\.\\d{1,3}){3}") || (name.contains(":") && name.matches("[0-9a-f:.%]+"));
  }

  /** {@code HTTP://Example.com:80/} → {@code http://example.com:80}, so a listed origin matches as browsers send it. */
  private static String normalOrigin(String origin) {
    String trimmed = origin.trim();
    if (trimmed.equals("*") || trimmed.equals("null")) {
      return trimmed;
    }
    try {
      URI uri = URI.create(trimmed);
      if (uri.getScheme() != null && uri.getHost() != null) {
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT)
            + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
      }
    } catch (IllegalArgumentException notAUri) {
      // compared as given
    }
    return trimmed.toLowerCase(Locale.ROOT);
  }

  /** The status and the sentence a refused admin request gets. */
  public record Refusal(int status, String message) {}
}
