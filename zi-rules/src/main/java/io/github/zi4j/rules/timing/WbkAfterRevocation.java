package io.github.zi4j.rules.timing;

import io.github.zi4j.regulation.LegalBasis;
import io.github.zi4j.rules.RevocationPolicy;
import io.github.zi4j.rules.internal.RuleContext;
import io.github.zi4j.unit.Predikat;
import io.github.zi4j.unit.PredikatEvent;
import java.util.Optional;

/**
 * Whether the WBK a unit earned survives a later revocation of its WBBM: no source found says, so the
 * answer is the figures' {@link RevocationPolicy}, and by default unsettled.
 *
 * @param revocation the revocation of WBBM since the WBK was awarded
 * @param policy the policy the figures give
 * @param basis the policy's basis, which the findings cite
 */
record WbkAfterRevocation(PredikatEvent revocation, RevocationPolicy policy, LegalBasis basis) {

  /** The question for the unit of {@code c}, when its WBBM was revoked after its WBK was awarded. */
  static Optional<WbkAfterRevocation> of(RuleContext c) {
    Optional<PredikatEvent> revoked = c.proposal().unit().higherRevokedSince(Predikat.WBK, c.asOf());
    return revoked.isEmpty() ? Optional.empty()
        : Optional.of(new WbkAfterRevocation(revoked.get(), c.figures().revocationPolicy().value(),
            c.figures().revocationPolicy().basis()));
  }

  /** Whether the policy settles it. */
  boolean settled() {
    return policy != RevocationPolicy.UNSETTLED;
  }

  /** Whether the unit still holds its WBK: only under {@link RevocationPolicy#REVOCATION_KEEPS_LOWER}. */
  boolean wbkKept() {
    return policy == RevocationPolicy.REVOCATION_KEEPS_LOWER;
  }
}
