package io.github.zi4j.planning;

import io.github.zi4j.lke.Answer;
import io.github.zi4j.lke.AnswerType;
import io.github.zi4j.lke.ComputedItem;
import io.github.zi4j.lke.LkeScorer;
import io.github.zi4j.lke.LkeTemplate;
import io.github.zi4j.lke.NodeRole;
import io.github.zi4j.lke.Question;
import io.github.zi4j.lke.TemplateNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;

/**
 * Small LKE templates of the 90/2021 form for the brute-force tests: the bundled template's
 * components, areas and hasil (same ids, weights, roles and minimums), each area's pemenuhan and
 * reform holding one or two random indicators of one or two items (Ya/Tidak, A&ndash;C, A&ndash;D
 * with the official values, A&ndash;E, a percentage of counts, a decrease of cases), with a random
 * start where a few answers are below their best.
 */
final class SmallTemplates {

  private SmallTemplates() {}

  /** An answer a brute force may change: every answer its question takes, and what each costs. */
  record Choice(String questionId, List<Answer> answers, List<Long> steps) {}

  /** A small template, its scorer, a complete start and the answers that are not at their best. */
  record Small(LkeTemplate template, LkeScorer scorer, Map<String, Answer> start,
      List<Choice> choices) {

    /** How many combinations of the choices there are. */
    long combinations() {
      long n = 1;
      for (Choice choice : choices) {
        n *= choice.answers().size();
      }
      return n;
    }
  }

  private static final AnswerType.Options A_TO_D = new AnswerType.Options(List.of("A", "B", "C",
      "D"), Map.of("A", BigDecimal.ONE, "B", new BigDecimal("0.67"), "C", new BigDecimal("0.33"),
      "D", BigDecimal.ZERO));

  /**
   * A random small template whose start has {@code belowBest} answers below their best (fewer when
   * their combinations would pass {@code limit}), hasil answered as given.
   */
  static Small random(Random random, int belowBest, long limit, String ipak, String capaian,
      String ipkp) {
    Builder builder = new Builder(random);
    TemplateNode bundled = Sheets.LKE_90.root();
    TemplateNode root = builder.copy(bundled);
    LkeTemplate template = LkeTemplate.of("SMALL", Sheets.LKE_90.edition(), "small LKE",
        Sheets.LKE_90.citation(), Sheets.LKE_90.confidence(), List.of(), root,
        Sheets.LKE_90.areaMinimum());
    LkeScorer scorer = LkeScorer.of(template);
    Map<String, Answer> start = new LinkedHashMap<>(builder.best);
    start.put("S125", Answer.number(ipak));
    start.put("S126", Answer.option(capaian));
    start.put("S127", Answer.number(ipkp));
    List<Choice> choices = new ArrayList<>();
    List<Item> items = new ArrayList<>(builder.items);
    java.util.Collections.shuffle(items, random);
    long combinations = 1;
    for (Item item : items) {
      if (choices.size() == belowBest) {
        break;
      }
      Choice choice = item.lower(random, start);
      if (combinations * choice.answers().size() > limit) {
        item.restore(start, builder.best);
        continue;
      }
      combinations *= choice.answers().size();
      choices.add(choice);
    }
    return new Small(template, scorer, start, choices);
  }

  /** One item of an indicator that a start may put below its best. */
  private interface Item {
    /** Puts the item below its best in {@code start}; every answer it may take. */
    Choice lower(Random random, Map<String, Answer> start);

    void restore(Map<String, Answer> start, Map<String, Answer> best);
  }

  private static final class Builder {
    private final Random random;
    private final Map<String, Answer> best = new LinkedHashMap<>();
    private final List<Item> items = new ArrayList<>();
    private int soal;

    Builder(Random random) {
      this.random = random;
    }

    TemplateNode copy(TemplateNode node) {
      if (node.role().filter(r -> r == NodeRole.HASIL).isPresent()) {
        return node; // IPAK, capaian kinerja and IPKP as bundled: S125, S126, S127
      }
      List<TemplateNode> children = new ArrayList<>();
      if (node.area().isPresent()) {
        int count = random.nextInt(3) == 0 ? 2 : 1;
        BigDecimal weight = node.weight().divide(BigDecimal.valueOf(count));
        for (int i = 1; i <= count; i++) {
          children.add(indicator(node.id() + "." + i, weight));
        }
      } else {
        for (TemplateNode child : node.children()) {
          children.add(copy(child));
        }
      }
      return new TemplateNode(node.id(), node.name(), node.weight(), node.area(), node.role(),
          node.criterion(), node.minimum(), node.confidence(), children, List.of(), List.of());
    }

    private TemplateNode indicator(String id, BigDecimal weight) {
      List<Question> questions = new ArrayList<>();
      List<ComputedItem> computed = new ArrayList<>();
      int n = 1 + random.nextInt(2);
      for (int i = 0; i < n; i++) {
        int kind = random.nextInt(7);
        if (kind == 5) {
          String part = question(questions, new AnswerType.Count());
          String whole = question(questions, new AnswerType.Count());
          long due = 1 + random.nextInt(4);
          best.put(whole, Answer.number(due));
          best.put(part, Answer.number(due));
          computed.add(new ComputedItem.Percentage(id + "." + (char) ('a' + computed.size()),
              "share", List.of(part), List.of(whole)));
          items.add(new Item() {
            @Override
            public Choice lower(Random r, Map<String, Answer> start) {
              long now = r.nextInt((int) due);
              start.put(part, Answer.number(now));
              List<Answer> answers = new ArrayList<>();
              List<Long> steps = new ArrayList<>();
              for (long v = 0; v <= due; v++) {
                answers.add(Answer.number(v));
                steps.add(Math.abs(v - now));
              }
              return new Choice(part, answers, steps);
            }

            @Override
            public void restore(Map<String, Answer> start, Map<String, Answer> b) {
              start.put(part, b.get(part));
            }
          });
        } else if (kind == 6) {
          String last = question(questions, new AnswerType.Count());
          String now = question(questions, new AnswerType.Count());
          long lastYear = random.nextInt(4);
          best.put(last, Answer.number(lastYear));
          best.put(now, Answer.number(0));
          computed.add(new ComputedItem.Decrease(id + "." + (char) ('a' + computed.size()),
              "decrease", last, now));
          items.add(new Item() {
            @Override
            public Choice lower(Random r, Map<String, Answer> start) {
              long cases = 1 + r.nextInt(3);
              start.put(now, Answer.number(cases));
              List<Answer> answers = new ArrayList<>();
              List<Long> steps = new ArrayList<>();
              for (long v = 0; v <= Math.max(cases, lastYear); v++) {
                answers.add(Answer.number(v));
                steps.add(Math.abs(v - cases));
              }
              return new Choice(now, answers, steps);
            }

            @Override
            public void restore(Map<String, Answer> start, Map<String, Answer> b) {
              start.put(now, b.get(now));
            }
          });
        } else {
          AnswerType type = switch (kind) {
            case 0, 1 -> new AnswerType.YesNo();
            case 2 -> AnswerType.Options.evenlyTo('C');
            case 3 -> A_TO_D;
            default -> AnswerType.Options.evenlyTo('E');
          };
          String q = question(questions, type);
          List<Answer> answers = new ArrayList<>();
          if (type instanceof AnswerType.YesNo) {
            answers.add(Answer.yesNo(true));
            answers.add(Answer.yesNo(false));
          } else {
            for (String letter : ((AnswerType.Options) type).options()) {
              answers.add(Answer.option(letter));
            }
          }
          best.put(q, answers.get(0));
          items.add(new Item() {
            @Override
            public Choice lower(Random r, Map<String, Answer> start) {
              int at = r.nextBoolean() ? answers.size() - 1 : 1 + r.nextInt(answers.size() - 1);
              start.put(q, answers.get(at));
              List<Long> steps = new ArrayList<>();
              for (int k = 0; k < answers.size(); k++) {
                steps.add((long) Math.abs(k - at));
              }
              return new Choice(q, answers, steps);
            }

            @Override
            public void restore(Map<String, Answer> start, Map<String, Answer> b) {
              start.put(q, b.get(q));
            }
          });
        }
      }
      return new TemplateNode(id, "indicator " + id, weight, java.util.Optional.empty(),
          java.util.Optional.empty(), java.util.Optional.empty(), Map.of(),
          java.util.Optional.empty(), List.of(), questions, computed);
    }

    private String question(List<Question> questions, AnswerType type) {
      soal++;
      String id = "Q" + soal;
      questions.add(new Question(id, "question " + soal, type, OptionalInt.of(soal)));
      return id;
    }
  }
}
