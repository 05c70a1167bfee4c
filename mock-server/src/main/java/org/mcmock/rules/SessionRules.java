package org.mcmock.rules;

import org.mcmock.config.RuleSettings;
import org.mcmock.model.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules every session is judged by, live or downloaded, in the order their findings are listed.
 * Adding a rule: one class, one line here, one test.
 */
public final class SessionRules {

  private final RuleSettings settings;
  private final List<SessionRule> rules;

  public SessionRules(RuleSettings settings) {
    this.settings = settings;
    this.rules = List.of(
        new TsBackwardsRule(),
        new TsEqualRule(),
        new TsInSecondsRule(),
        new PingGapRule(settings),
        new PingFirstLateRule(settings),
        new PingWithParamsRule(),
        new AdBreakNestedRule(),
        new AdBreakNotStartedRule(),
        new AdOutsideBreakRule(),
        new AdNotStartedRule(),
        new PlaybackBeforeAdRule(),
        new ChapterOverlapRule(),
        new ChapterNotStartedRule(),
        new StateNotStartedRule(),
        new StateAlreadyActiveRule(),
        new StateLimitRule(),
        new PlayheadRangeRule(settings),
        CustomMetadataPrefixRule.reserved(),
        CustomMetadataPrefixRule.media(),
        new CustomMetadataIgnoredRule());
  }

  public static SessionRules defaults() {
    return new SessionRules(RuleSettings.defaults());
  }

  public RuleSettings settings() {
    return settings;
  }

  public List<SessionRule> all() {
    return rules;
  }

  /** A fresh judge for one session. */
  public SessionJudge newJudge(boolean downloaded) {
    return new SessionJudge(this, new Timeline(downloaded));
  }

  List<Finding> check(Timeline before, RuleEvent event) {
    List<Finding> findings = new ArrayList<>();
    for (SessionRule rule : rules) {
      rule.check(before, event).ifPresent(findings::add);
    }
    return findings;
  }
}
