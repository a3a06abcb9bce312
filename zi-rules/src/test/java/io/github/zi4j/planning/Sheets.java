package io.github.zi4j.planning;

import io.github.zi4j.lke.Answer;
import io.github.zi4j.lke.AnswerType;
import io.github.zi4j.lke.ComputedItem;
import io.github.zi4j.lke.LkeTemplate;
import io.github.zi4j.lke.LkeTemplates;
import io.github.zi4j.lke.Question;
import io.github.zi4j.lke.Role;
import io.github.zi4j.lke.TemplateNode;
import io.github.zi4j.lke.Worksheet;
import io.github.zi4j.regulation.Edition;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Worksheets of the 90/2021 LKE for the planning tests: random starts and hand-set ones. */
final class Sheets {

  private Sheets() {}

  static final LkeTemplate LKE_90 = LkeTemplates.bundled(Edition.PERMENPANRB_90_2021);

  /**
   * A complete worksheet whose graded answers are each the best with probability {@code good}, else
   * a random option; counts random up to 12; surveys as given.
   */
  static Worksheet random(Random random, double good, String ipak, String capaian, String ipkp) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (Question question : LKE_90.questions()) {
      AnswerType type = question.answer();
      if (type instanceof AnswerType.YesNo) {
        answers.put(question.id(), Answer.yesNo(random.nextDouble() < good || random.nextBoolean()));
      } else if (type instanceof AnswerType.Options) {
        List<String> letters = ((AnswerType.Options) type).options();
        answers.put(question.id(), Answer.option(random.nextDouble() < good ? letters.get(0)
            : letters.get(random.nextInt(letters.size()))));
      }
    }
    answers.put("S125", Answer.number(ipak));
    answers.put("S126", Answer.option(capaian));
    answers.put("S127", Answer.number(ipkp));
    for (TemplateNode indicator : LKE_90.indicators()) {
      for (ComputedItem item : indicator.computed()) {
        if (item instanceof ComputedItem.Percentage) {
          ComputedItem.Percentage p = (ComputedItem.Percentage) item;
          long whole = 0;
          for (String id : p.whole()) {
            long count = random.nextInt(5);
            answers.put(id, Answer.number(count));
            whole += count;
          }
          long part = whole == 0 ? 0 : random.nextDouble() < good ? whole
              : random.nextInt((int) whole + 1);
          answers.put(p.part().get(0), Answer.number(part));
        } else {
          ComputedItem.Decrease d = (ComputedItem.Decrease) item;
          long last = random.nextInt(6);
          answers.put(d.lastYear(), Answer.number(last));
          answers.put(d.thisYear(), Answer.number(random.nextInt(6)));
        }
      }
    }
    answers.put("S104", Answer.number(1));
    answers.put("S111", Answer.number(0));
    return Worksheet.of(Edition.PERMENPANRB_90_2021, Role.SELF, answers);
  }

  /** Every graded answer at its best, counts complete, surveys as given. */
  static Map<String, Answer> best(String ipak, String capaian, String ipkp) {
    Map<String, Answer> answers = new LinkedHashMap<>(random(new Random(0), 1.0, ipak, capaian,
        ipkp).answersOf(Role.SELF));
    answers.put("S102", Answer.number(0));
    answers.put("S103", Answer.number(0));
    return answers;
  }

  static Worksheet sheet(Map<String, Answer> answers) {
    return Worksheet.of(Edition.PERMENPANRB_90_2021, Role.SELF, answers);
  }

  static BigDecimal decimal(String value) {
    return new BigDecimal(value);
  }
}
