package io.github.zi4j.rules.instansi;

import io.github.zi4j.regulation.Confidence;
import io.github.zi4j.regulation.LegalBasis;
import io.github.zi4j.rules.Finding;
import io.github.zi4j.rules.Measure;
import io.github.zi4j.rules.RuleId;
import io.github.zi4j.rules.Status;
import io.github.zi4j.rules.internal.Rule;
import io.github.zi4j.rules.internal.RuleContext;
import io.github.zi4j.instansi.InstansiKind;
import io.github.zi4j.unit.Predikat;
import java.util.List;

/**
 * An afirmasi unit (<i>unit afirmasi</i>) is proposed for WBK only (likely: PortalRB's category
 * "WBK-AFIRMASI"): for WBBM the rule fails. Afirmasi is a pemda's arrangement (domain notes §7): a
 * K/L's unit marked afirmasi is judged as any K/L unit, by the instansi criteria and for either
 * predicate, and the rule passes saying so (PortalRB then lists it as WBK or WBBM, {@code afirmasi}
 * false). It gives no finding for a unit not marked afirmasi.
 */
final class AfirmasiRule implements Rule {

  static final LegalBasis BASIS =
      LegalBasis.of("PortalRB, kategori usulan WBK-AFIRMASI", Confidence.LIKELY)
          .withEnglish("PortalRB, proposal category WBK-AFIRMASI");

  @Override
  public RuleId id() {
    return RuleId.AFIRMASI;
  }

  @Override
  public void evaluate(RuleContext c, List<Finding> into) {
    if (!c.proposal().unit().afirmasi()) {
      return;
    }
    if (c.proposal().instansi().kind() != InstansiKind.PEMDA) {
      into.add(c.finding(id(), Status.PASS, "not-pemda", null, null, null, null, BASIS));
    } else if (c.target() == Predikat.WBBM) {
      into.add(c.finding(id(), Status.FAIL, null, Measure.Term.of(Predikat.WBK),
          Measure.Term.of(c.target()), null, null, BASIS));
    }
  }
}
