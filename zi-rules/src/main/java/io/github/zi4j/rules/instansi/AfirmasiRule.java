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
  public List<Finding> evaluate(RuleContext c) {
    if (!c.proposal().unit().afirmasi()) {
      return List.of();
    }
    if (c.proposal().instansi().kind() != InstansiKind.PEMDA) {
      return List.of(c.finding(id(), Status.PASS).variant("not-pemda").basis(BASIS).build());
    }
    if (c.target() != Predikat.WBBM) {
      return List.of();
    }
    return List.of(c.finding(id(), Status.FAIL)
        .required(Measure.Term.of(Predikat.WBK))
        .actual(Measure.Term.of(c.target()))
        .basis(BASIS)
        .build());
  }
}
