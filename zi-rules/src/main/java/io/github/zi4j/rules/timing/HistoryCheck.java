package io.github.zi4j.rules.timing;

import io.github.zi4j.InvalidFieldException;
import io.github.zi4j.regulation.Edition;
import io.github.zi4j.rules.internal.RuleContext;
import io.github.zi4j.unit.PredikatEvent;
import io.github.zi4j.unit.PredikatEventType;
import java.time.LocalDate;
import java.util.List;

/**
 * A history the cooling-off period makes impossible: a predicate awarded within the cooling-off of a
 * revocation decided under PermenPANRB 90/2021. It is bad input, not a finding: the unit could not have
 * been proposed, so the award cannot have happened.
 */
final class HistoryCheck {

  private HistoryCheck() {}

  /**
   * Refuses the unit of {@code c} when an award falls within the cooling-off of a revocation.
   *
   * @throws InvalidFieldException naming {@code unit} and the history index
   */
  static void requirePossible(RuleContext c) {
    List<PredikatEvent> history = c.proposal().unit().history();
    LocalDate blockedUntil = null;
    PredikatEvent revocation = null;
    for (int i = 0; i < history.size(); i++) {
      PredikatEvent event = history.get(i);
      if (event.event() == PredikatEventType.REVOKED) {
        if (Edition.inForceOn(event.date()).filter(e -> e == Edition.PERMENPANRB_90_2021)
            .isPresent()) {
          revocation = event;
          blockedUntil = event.date().plus(c.figures().revocationCooldown().value());
        }
      } else if (blockedUntil != null && event.date().isBefore(blockedUntil)) {
        throw new InvalidFieldException("unit", "history[" + i + "]: " + event.predikat()
            + " must not be awarded on " + event.date() + ", within the cooling-off period of the "
            + "revocation on " + revocation.date() + " (no proposal before " + blockedUntil + ")");
      }
    }
  }
}
