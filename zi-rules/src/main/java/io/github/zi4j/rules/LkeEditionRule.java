package io.github.zi4j.rules;

import io.github.zi4j.regulation.Confidence;
import io.github.zi4j.regulation.LegalBasis;
import java.util.List;

/**
 * Under an edition whose LKE zi4j does not score yet (52/2014, 10/2019), the score thresholds cannot be
 * checked: one UNKNOWN finding says so instead of guessing from the 90/2021 form.
 */
final class LkeEditionRule implements Rule {

  @Override
  public RuleId id() {
    return RuleId.LKE_EDITION;
  }

  @Override
  public List<Finding> evaluate(RuleContext c) {
    return List.of(c.finding(id(), Status.UNKNOWN)
        .context(Measure.Term.of(c.edition().citation()))
        .basis(LegalBasis.of(c.edition().citation() + " (LKE)", Confidence.SURE))
        .build());
  }
}
