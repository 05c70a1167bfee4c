package org.mcmock.session;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Issues sids that name the mock instance that issued them: 64 lowercase hex characters, the shape of Adobe's
 * sample sid, whose first {@value #INSTANCE_CHARS} are the instance's id. A load balancer in front of several
 * mocks routes {@code /api/v1/sessions/{sid}/...} by that prefix, and a journal merged from several mocks says
 * which one holds each session.
 */
public final class SidIssuer {

  /** Hex characters of the instance id at the start of every sid. */
  public static final int INSTANCE_CHARS = 8;
  private static final int SID_CHARS = 64;
  private static final HexFormat HEX = HexFormat.of();
  private static final Pattern SID = Pattern.compile("[0-9a-f]{" + SID_CHARS + "}");
  /**
   * One generator per thread, each with its own state: a shared {@link SecureRandom} is one lock that every
   * sessionStart took (a JFR profile under the open-session workload showed threads parked on it). DRBG, because
   * the default on Linux (NativePRNG) shares one locked source among all its instances.
   */
  private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(SidIssuer::generator);

  private final String instanceId;

  private SidIssuer(String instanceId) {
    this.instanceId = instanceId;
  }

  /** An issuer with a random instance id, new at every start: what a mock uses unless told its id. */
  public static SidIssuer random() {
    byte[] bytes = new byte[INSTANCE_CHARS / 2];
    RANDOM.get().nextBytes(bytes);
    return new SidIssuer(HEX.formatHex(bytes));
  }

  /**
   * An issuer for the instance {@code id}: 1 to {@value #INSTANCE_CHARS} hex digits, zero-padded on the left (so
   * {@code a1} issues sids that start {@code 000000a1}).
   *
   * @throws IllegalArgumentException saying what an instance id may be
   */
  public static SidIssuer forInstance(String id) {
    if (id == null || !id.matches("[0-9a-fA-F]{1," + INSTANCE_CHARS + "}")) {
      throw new IllegalArgumentException("an instance id is 1 to " + INSTANCE_CHARS + " hex digits (0-9, a-f), e.g."
          + " 1 or a1; got " + (id == null ? "nothing" : "\"" + id + "\""));
    }
    String lower = id.toLowerCase(Locale.ROOT);
    return new SidIssuer("0".repeat(INSTANCE_CHARS - lower.length()) + lower);
  }

  /** The {@value #INSTANCE_CHARS} hex characters every sid this issuer gives starts with. */
  public String instanceId() {
    return instanceId;
  }

  /** A new sid: the instance id, then random hex characters. */
  public String next() {
    byte[] bytes = new byte[(SID_CHARS - INSTANCE_CHARS) / 2];
    RANDOM.get().nextBytes(bytes);
    return instanceId + HEX.formatHex(bytes);
  }

  private static SecureRandom generator() {
    try {
      return SecureRandom.getInstance("DRBG");
    } catch (NoSuchAlgorithmException e) {
      return new SecureRandom(); // a JDK without DRBG (before 9): its default
    }
  }

  /** The instance that issued {@code sid}, when it has the shape of the sids mocks issue. */
  public static Optional<String> instanceOf(String sid) {
    return sid != null && SID.matcher(sid).matches()
        ? Optional.of(sid.substring(0, INSTANCE_CHARS)) : Optional.empty();
  }
}
