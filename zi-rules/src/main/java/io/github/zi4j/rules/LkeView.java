package io.github.zi4j.rules;

import io.github.zi4j.lke.Answer;
import io.github.zi4j.lke.AreaPerubahan;
import io.github.zi4j.lke.LkeNodes;
import io.github.zi4j.lke.LkeResult;
import io.github.zi4j.lke.LkeScore;
import io.github.zi4j.lke.QuestionScore;
import io.github.zi4j.regulation.Edition;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The 90/2021 scores the score rules compare, read from an area-level result or, part by part, from a
 * scored worksheet: a criterion whose part of the worksheet is complete is judged even when another
 * part is not.
 */
final class LkeView {

  private final Optional<LkeResult> result;
  private final Optional<LkeScore> score;

  private LkeView(Optional<LkeResult> result, Optional<LkeScore> score) {
    this.result = result;
    this.score = score;
  }

  /** The view of {@code c}'s LKE, when it has one of the 90/2021 form. */
  static Optional<LkeView> of(ScoreContext c) {
    if (c.lkeResult().isPresent()) {
      return Optional.of(new LkeView(c.lkeResult(), Optional.empty()));
    }
    return c.lkeScore()
        .filter(s -> s.edition() == Edition.PERMENPANRB_90_2021)
        .map(s -> new LkeView(Optional.empty(), Optional.of(s)));
  }

  /** How many questions are unanswered: 0 for an area-level result. */
  int unanswered() {
    return score.map(s -> s.unanswered().size()).orElse(0);
  }

  /** The points of {@code criterion}, when that part of the LKE is complete. */
  Optional<BigDecimal> points(Criterion criterion) {
    if (result.isPresent()) {
      LkeResult lke = result.get();
      switch (criterion) {
        case TOTAL:
          return Optional.of(lke.total());
        case PENGUNGKIT:
          return Optional.of(lke.pengungkitPoints());
        case BERSIH_AKUNTABEL:
          return Optional.of(lke.bersihAkuntabelPoints());
        case IPAK:
          return Optional.of(lke.ipakPoints());
        case CAPAIAN_KINERJA:
          return Optional.of(lke.capaianKinerjaPoints());
        case IPKP:
          return Optional.of(lke.ipkpPoints());
        default:
          throw new IllegalStateException("not a single-score criterion: " + criterion);
      }
    }
    return score.orElseThrow().points(RegulationFigures.nodeOf(criterion));
  }

  /** The points of {@code area}'s pemenuhan or reform part, when complete. */
  Optional<BigDecimal> part(AreaPerubahan area, boolean pemenuhan) {
    if (result.isPresent()) {
      return Optional.of(pemenuhan
          ? result.get().pengungkit().get(area).pemenuhan()
          : result.get().pengungkit().get(area).reform());
    }
    return score.orElseThrow().areaPoints(pemenuhan ? LkeNodes.PEMENUHAN : LkeNodes.REFORM, area);
  }

  /** The points of the whole {@code area}, when both its parts are complete. */
  Optional<BigDecimal> area(AreaPerubahan area) {
    return part(area, true).flatMap(p -> part(area, false).map(p::add));
  }

  /** What a sentence names beside the points: the survey index, or the capaian kinerja grade. */
  Optional<Measure> context(Criterion criterion) {
    if (result.isPresent()) {
      switch (criterion) {
        case IPAK:
          return Optional.of(new Measure.Index(result.get().hasil().ipak()));
        case IPKP:
          return Optional.of(new Measure.Index(result.get().hasil().ipkp()));
        case CAPAIAN_KINERJA:
          return Optional.of(Measure.Term.of(result.get().hasil().capaianKinerja()));
        default:
          return Optional.empty();
      }
    }
    String indicator;
    switch (criterion) {
      case IPAK:
        indicator = LkeNodes.IPAK;
        break;
      case IPKP:
        indicator = LkeNodes.IPKP;
        break;
      case CAPAIAN_KINERJA:
        indicator = LkeNodes.CAPAIAN_KINERJA;
        break;
      default:
        return Optional.empty();
    }
    return score.orElseThrow().node(indicator)
        .flatMap(node -> node.questions().stream().findFirst())
        .flatMap(QuestionScore::answer)
        .map(answer -> answer instanceof Answer.Number
            ? new Measure.Index(((Answer.Number) answer).value())
            : Measure.Term.of(answer));
  }
}
