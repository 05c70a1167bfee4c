package org.mcmock.session;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.mcmock.contract.IncomingEvent;
import org.mcmock.model.Finding;
import org.mcmock.model.Mode;
import org.mcmock.rules.RuleEvent;
import org.mcmock.rules.SessionJudge;
import org.mcmock.rules.SessionRules;

/**
 * Judges what would open a session, a sessionStart or a whole downloaded batch, before the store registers it:
 * the session rules' findings, and whether the mode in force refuses them (strict mode, an error finding).
 */
final class OpeningJudge {

  /** The judge that has taken the opening, what it found, and whether the opening is refused. */
  record Judged(SessionJudge judge, List<Finding> findings, boolean refused) {}

  private final SessionRules rules;
  private final Supplier<Mode> mode;

  OpeningJudge(SessionRules rules, Supplier<Mode> mode) {
    this.rules = rules;
    this.mode = mode;
  }

  Judged start(IncomingEvent start) {
    SessionJudge judge = rules.newJudge(false);
    return judged(judge, judge.feed(new RuleEvent(0, start)));
  }

  /** Every element of a batch, then {@code batchFindings}, the batch rules' own findings. */
  Judged batch(List<IncomingEvent> batch, List<Finding> batchFindings) {
    SessionJudge judge = rules.newJudge(true);
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      findings.addAll(judge.feed(new RuleEvent(i, batch.get(i))));
    }
    findings.addAll(batchFindings);
    return judged(judge, findings);
  }

  private Judged judged(SessionJudge judge, List<Finding> findings) {
    return new Judged(judge, findings, mode.get() == Mode.STRICT && Finding.anyError(findings));
  }
}
