package io.github.zi4j.benchmarks.baseline;

import io.github.zi4j.proposal.Proposal;
import io.github.zi4j.unit.Predikat;
import java.util.ArrayList;
import java.util.List;

/**
 * The hand-written baseline: zi4j's 90/2021 rules for an area-level case as a straight line of {@link
 * Rules90} calls on {@link CaseFacts}, exact {@link java.math.BigDecimal} arithmetic, no rule engine, no
 * messages. What a team would write if it needed only this one edition.
 */
public final class BigDecimalBaseline {

  private BigDecimalBaseline() {}

  /**
   * Decides on {@code proposal}.
   *
   * @param proposal a 90/2021 proposal with no LKE or an area-level one
   * @return the verdict and every finding, in zi4j's order
   */
  public static BaselineDecision decide(Proposal proposal) {
    CaseFacts f = CaseFacts.of(proposal);
    List<Check> out = new ArrayList<>(24);
    out.add(Rules90.roundWindow(f));
    out.add(Rules90.buildingPeriod(f));
    out.add(Rules90.notYetHeld(f));
    if (f.target() == Predikat.WBBM) {
      out.add(Rules90.wbkPrerequisite(f));
      if (f.wbkSince() != null) {
        out.add(Rules90.wbkHoldingPeriod(f));
      }
    }
    out.add(Rules90.revocationCooldown(f));
    out.add(Rules90.bpkOpinion(f));
    out.add(Rules90.akipGrade(f));
    out.add(Rules90.indeksRb(f));
    if (f.spipAsked()) {
      out.add(Rules90.spipLevel(f));
    }
    if (f.afirmasi() && f.target() == Predikat.WBBM) {
      out.add(Rules90.afirmasi(f));
    }
    if (!f.lke()) {
      Rules90.lkeMissing(f, out);
    } else {
      out.add(Rules90.total(f));
      out.add(Rules90.pengungkit(f));
      Rules90.areas(f, out);
      out.add(Rules90.bersihAkuntabel(f));
      out.add(Rules90.ipak(f));
      out.add(Rules90.capaianKinerja(f));
      out.add(Rules90.ipkp(f));
    }
    return BaselineDecision.of(out);
  }
}
