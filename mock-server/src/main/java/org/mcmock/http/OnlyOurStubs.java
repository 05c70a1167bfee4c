package org.mcmock.http;

import com.github.tomakehurst.wiremock.extension.StubLifecycleListener;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Whether the mock's own stubs are the only ones WireMock holds, for the {@link FastPath}. Looking through every
 * stub on each request cost more than the rest of the fast path's checks together, so the answer is kept and
 * looked up again only after WireMock reports a change of stubs (an added, edited or removed stub, a reset).
 */
final class OnlyOurStubs implements StubLifecycleListener, BooleanSupplier {

  static final String NAME = "media-collection-only-our-stubs";

  private static final Set<UUID> OURS =
      MediaCollectionStubs.stubs().stream().map(StubMapping::getId).collect(Collectors.toUnmodifiableSet());

  private final Supplier<Stream<StubMapping>> stubs;
  /** True until the stubs have been looked at since the last change. */
  private volatile boolean stale = true;
  private volatile boolean onlyOurs;

  /** @param stubs every stub the WireMock server holds right now */
  OnlyOurStubs(Supplier<Stream<StubMapping>> stubs) {
    this.stubs = stubs;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean getAsBoolean() {
    if (stale) {
      stale = false; // before looking: a change reported while we look makes it stale again
      onlyOurs = stubs.get().allMatch(stub -> OURS.contains(stub.getId()));
    }
    return onlyOurs;
  }

  @Override
  public void afterStubCreated(StubMapping stub) {
    stale = true;
  }

  @Override
  public void afterStubEdited(StubMapping oldStub, StubMapping newStub) {
    stale = true;
  }

  @Override
  public void afterStubRemoved(StubMapping stub) {
    stale = true;
  }

  @Override
  public void afterStubsReset() {
    stale = true;
  }
}
