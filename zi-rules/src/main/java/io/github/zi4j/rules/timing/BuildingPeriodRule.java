package io.github.zi4j.rules.timing;

import io.github.zi4j.rules.Finding;
import io.github.zi4j.rules.Measure;
import io.github.zi4j.rules.RuleId;
import io.github.zi4j.rules.Status;
import io.github.zi4j.rules.internal.RuleContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A unit may be proposed only after at least one year of building since its pencanangan (sure): on
 * pencanangan + 1 year exactly it may. For a pencanangan on 29 February the year ends on 28 February
 * (java.time's {@code plusYears}: the last valid day of the month), and the finding says so.
 */
final class BuildingPeriodRule implements TimingRule {

  @Override
  public RuleId id() {
    return RuleId.BUILDING_PERIOD;
  }

  @Override
  public LocalDate judge(RuleContext c, Optional<WbkAfterRevocation> question, List<Finding> into) {
    LocalDate pencanangan = c.proposal().unit().pencanangan();
    LocalDate earliest = TimingRules.afterBuilding(pencanangan, c.figures());
    // 29 February + 1 year has no such day: java.time's plusYears takes the last valid day
    boolean leapDay = pencanangan.getMonthValue() == 2 && pencanangan.getDayOfMonth() == 29
        && earliest.getDayOfMonth() != 29;
    into.add(c.finding(id(), c.asOf().isBefore(earliest) ? Status.FAIL : Status.PASS,
        leapDay ? "leap-day" : null, new Measure.Day(earliest), c.asOfDay(),
        c.daysShort(earliest), new Measure.Day(pencanangan),
        c.figures().buildingPeriod().basis()));
    return earliest;
  }
}
