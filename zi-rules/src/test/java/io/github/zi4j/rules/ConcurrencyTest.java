package io.github.zi4j.rules;

import static io.github.zi4j.rules.Fixtures.BALANGAN_WBBM_2026;
import static io.github.zi4j.rules.Fixtures.CONTOH_90_2021;
import static io.github.zi4j.rules.Fixtures.EN;
import static io.github.zi4j.rules.Fixtures.ID;
import static io.github.zi4j.rules.Fixtures.KANTOR_CONTOH_WBK_2024;
import static io.github.zi4j.rules.Fixtures.PEKALONGAN_WBBM_2024;
import static io.github.zi4j.rules.Fixtures.PESAWARAN_WBK_2024;
import static io.github.zi4j.rules.Fixtures.PN_SURABAYA_WBK_2024;
import static io.github.zi4j.rules.Fixtures.lke;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.zi4j.lke.Answer;
import io.github.zi4j.lke.CapaianKinerja;
import io.github.zi4j.lke.LkeScorer;
import io.github.zi4j.lke.Role;
import io.github.zi4j.lke.Worksheet;
import io.github.zi4j.proposal.Proposal;
import io.github.zi4j.regulation.Edition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The engine, the scorer and the message bundles are shared by every thread of a server: the same
 * inputs must give the same results from 8 threads at once as from one.
 */
@DisplayName("One shared engine and scorer give, from 8 threads at once, exactly what one thread gives")
class ConcurrencyTest {

  /** Fixed, so that a failure can be replayed. */
  private static final long SEED = 20261128L;
  private static final int PROPOSALS = 3_000;
  private static final int WORKSHEETS = 300;
  private static final int THREADS = 8;

  private static final Proposal[] BASES = {PESAWARAN_WBK_2024, BALANGAN_WBBM_2026,
      PN_SURABAYA_WBK_2024, PEKALONGAN_WBBM_2024, KANTOR_CONTOH_WBK_2024};

  private final DecisionEngine engine = DecisionEngine.standard();
  private final LkeScorer scorer = LkeScorer.bundled(Edition.PERMENPANRB_90_2021);

  @Test
  @DisplayName("3 000 varied proposals decided and written in both languages, and 300 varied "
      + "worksheets scored and compared, give the same results from 8 threads as from one")
  void sameResultsFromManyThreads() throws Exception {
    // given
    Random random = new Random(SEED);
    List<Supplier<String>> work = new ArrayList<>();
    for (int i = 0; i < PROPOSALS; i++) {
      Proposal proposal = variedProposal(random);
      work.add(() -> outcome(() -> DecisionJson.write(engine.decide(proposal), ID)
          + DecisionJson.write(engine.decide(proposal), EN)));
    }
    for (int i = 0; i < WORKSHEETS; i++) {
      Worksheet worksheet = variedWorksheet(random);
      work.add(() -> outcome(() -> scorer.score(worksheet, Role.SELF).total() + " "
          + scorer.score(worksheet, Role.TPI).total() + " " + engine.compare(worksheet)
          + DecisionJson.write(engine.decide(PESAWARAN_WBK_2024.withLke(worksheet)), EN)));
    }

    // when: once on this thread, then all at once on 8 threads in reverse order
    List<String> alone = work.stream().map(Supplier::get).toList();
    List<String> together = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (int i = work.size() - 1; i >= 0; i--) {
        futures.add(pool.submit(work.get(i)::get));
      }
      for (Future<String> future : futures) {
        together.add(0, future.get());
      }
    } finally {
      pool.shutdownNow();
    }

    // then: every result equal, and the inputs varied enough to reach every eligibility
    assertThat(together).hasSameSizeAs(alone);
    for (int i = 0; i < alone.size(); i++) {
      assertThat(together.get(i)).as("result %d", i).isEqualTo(alone.get(i));
    }
    assertThat(alone.stream().map(ConcurrencyTest::eligibility).distinct())
        .contains("ELIGIBLE", "NOT_ELIGIBLE", "UNDETERMINED");
  }

  /** The eligibility a result's JSON gives, or "none" for a refused input. */
  private static String eligibility(String result) {
    int at = result.indexOf("\"eligibility\" : \"");
    return at < 0 ? "none"
        : result.substring(at + 17, result.indexOf('"', at + 17));
  }

  /** The text of what {@code action} gives, or of the exception it throws. */
  private static String outcome(Supplier<String> action) {
    try {
      return action.get();
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  /** A seed story with its LKE, asOf day and instansi scores varied. */
  private static Proposal variedProposal(Random random) {
    Proposal base = BASES[random.nextInt(BASES.length)];
    CapaianKinerja[] grades = CapaianKinerja.values();
    Proposal proposal = base.withLke(lke()
        .allPartsAt(decimal(random, 40, 100, 2))
        .hasil(decimal(random, 1, 4, 2), grades[random.nextInt(grades.length)],
            decimal(random, 1, 4, 2))
        .build());
    return proposal.withAsOf(base.asOf().withDayOfYear(1 + random.nextInt(365)));
  }

  /** The contoh worksheet with a few of its answers changed or removed. */
  private static Worksheet variedWorksheet(Random random) {
    Worksheet worksheet = CONTOH_90_2021;
    for (Role role : Role.values()) {
      List<Map.Entry<String, Answer>> answers =
          new ArrayList<>(CONTOH_90_2021.answersOf(role).entrySet());
      for (int change = 0; change < 1 + random.nextInt(5); change++) {
        Map.Entry<String, Answer> answer = answers.get(random.nextInt(answers.size()));
        if (random.nextInt(10) == 0) {
          worksheet = worksheet.withoutAnswer(role, answer.getKey());
        } else if (answer.getValue() instanceof Answer.YesNo yesNo) {
          worksheet = worksheet.withAnswer(role, answer.getKey(),
              yesNo.yes() ? Answer.YesNo.TIDAK : Answer.YesNo.YA);
        } else if (answer.getValue() instanceof Answer.Option) {
          worksheet = worksheet.withAnswer(role, answer.getKey(),
              new Answer.Option(String.valueOf((char) ('A' + random.nextInt(3)))));
        }
      }
    }
    return worksheet;
  }

  /** A number from {@code low} to {@code high} with {@code scale} decimals, as text; share in %. */
  private static String decimal(Random random, int low, int high, int scale) {
    BigDecimal value = BigDecimal.valueOf(low * 100L + random.nextInt((high - low) * 100 + 1), 2)
        .setScale(scale);
    return high == 100 ? value.movePointLeft(2).toPlainString() : value.toPlainString();
  }
}
