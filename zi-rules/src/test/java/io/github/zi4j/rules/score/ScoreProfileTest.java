package io.github.zi4j.rules.score;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zi4j.lke.LkeTemplate;
import io.github.zi4j.lke.LkeTemplates;
import io.github.zi4j.lke.LkeWeights;
import io.github.zi4j.lke.TemplateNode;
import io.github.zi4j.regulation.Edition;
import io.github.zi4j.rules.AreaCheck;
import io.github.zi4j.rules.Finding;
import io.github.zi4j.rules.RegulationFigures;
import io.github.zi4j.rules.RuleId;
import io.github.zi4j.unit.Predikat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("An edition's score profile is read from its LKE template, and judges every minimum once")
class ScoreProfileTest {

  private static final RegulationFigures FIGURES = RegulationFigures.bundled();

  @Test
  @DisplayName("under 90/2021 each node naming a criterion is reported by that criterion's rule, "
      + "the areas right after the pengungkit")
  void criteriaOf90of2021() {
    // given the template: LKE (TOTAL), 1 (PENGUNGKIT), areaMinimum, 61 (BERSIH_AKUNTABEL), 61.IPAK,
    // 61.CAPAIAN, 62 (PELAYANAN_PRIMA)
    ScoreProfile profile = ScoreProfile.of(Edition.PERMENPANRB_90_2021, FIGURES);

    // then
    assertThat(profile.ruleIds()).containsExactly(RuleId.LKE_TOTAL, RuleId.LKE_PENGUNGKIT,
        RuleId.LKE_AREA, RuleId.LKE_BERSIH_AKUNTABEL, RuleId.LKE_IPAK,
        RuleId.LKE_CAPAIAN_KINERJA, RuleId.LKE_IPKP);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = Edition.class, names = {"PERMENPANRB_52_2014", "PERMENPANRB_10_2019"})
  @DisplayName("under an older edition every node with a minimum goes through the same checks, "
      + "reported by the generic per-node rule")
  void olderEditionsThroughTheSameChecks(Edition edition) {
    // given
    ScoreProfile profile = ScoreProfile.of(edition, FIGURES);

    // then
    assertThat(profile.ruleIds()).containsExactly(RuleId.LKE_MINIMUM);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Edition.class)
  @DisplayName("a node without a minimum has no check; every node with one is judged, "
      + "in template order")
  void everyNodeWithAMinimumIsJudged(Edition edition) {
    // given the nodes of the template with a minimum and no criterion of their own
    LkeTemplate template = LkeTemplates.bundled(edition);
    List<String> generic = new ArrayList<>();
    collect(template.root(), generic);

    // when: judged without an LKE for a predicate, on a complete worksheet for the older ones
    ScoreJudgement judgement = ScoreProfile.of(edition, FIGURES).judge(Optional.empty(),
        Predikat.WBK);

    // then: 90/2021 names a criterion on every such node, the older editions none
    if (LkeWeights.hasAreaLevelForm(edition)) {
      assertThat(generic).isEmpty();
      assertThat(judgement.findings()).extracting(Finding::variant)
          .containsOnly(Optional.of("no-lke"));
    } else {
      assertThat(generic).isNotEmpty();
      assertThat(judgement.findings()).singleElement().extracting(Finding::rule)
          .isEqualTo(RuleId.LKE_EDITION);
    }
  }

  private static void collect(TemplateNode node, List<String> into) {
    if (!node.minimum().isEmpty() && node.criterion().isEmpty()) {
      into.add(node.id());
    }
    node.children().forEach(child -> collect(child, into));
  }

  @Test
  @DisplayName("figures are a value: two made alike are equal, with equal hash codes; an override differs")
  void figuresAreAValue() {
    // given
    RegulationFigures eachPart = FIGURES.withAreaCheck(AreaCheck.EACH_PART);

    // then
    assertThat(FIGURES).isEqualTo(RegulationFigures.bundled())
        .hasSameHashCodeAs(RegulationFigures.bundled());
    assertThat(eachPart).isNotEqualTo(FIGURES)
        .isEqualTo(RegulationFigures.bundled().withAreaCheck(AreaCheck.EACH_PART))
        .hasSameHashCodeAs(RegulationFigures.bundled().withAreaCheck(AreaCheck.EACH_PART));
    assertThat(eachPart.withAreaCheck(AreaCheck.WHOLE_AREA)).isEqualTo(FIGURES);
  }
}
