package io.github.zi4j.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zi4j.ZiParseException;
import io.github.zi4j.lke.LkeScore;
import io.github.zi4j.lke.LkeScorer;
import io.github.zi4j.lke.Role;
import io.github.zi4j.portalrb.JawabanSoal;
import io.github.zi4j.portalrb.JawabanUnit;
import io.github.zi4j.regulation.Edition;
import io.github.zi4j.workbook.Disagreement.Cause;
import io.github.zi4j.workbook.TestWorkbooks.Saved;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The 90/2021 LKE workbook (sheet LKE ZI), read with the bundled layout")
class LkeZiWorkbookTest {

  static final int TAHUN = 2026;
  static final LkeWorkbook LKE_ZI = LkeWorkbook.ofLkeZi(TAHUN);
  static final String UNIT_ID = LkeWorkbookTest.UNIT_ID;
  static final String NAMA = LkeWorkbookTest.NAMA;

  /** The LHKPN counts (soals 113 to 116): 8 of 10 reported, so the LHKPN percentage is 0.8. */
  static final Map<Integer, String> LHKPN = Map.of(113, "10", 114, "0", 115, "0", 116, "8");
  /** The non-LHKPN counts (soals 117 to 120): 5 of 5 reported, so its percentage is 1. */
  static final Map<Integer, String> NON_LHKPN = Map.of(117, "5", 118, "0", 119, "0", 120, "5");

  /** The LHK indicator 54 by the rule (portalrb.md §1): LHKPN 0.8 × 1 + non-LHKPN 1 × 1. */
  static final BigDecimal LHK_BY_RULE = new BigDecimal("1.8");
  /**
   * The LHK indicator as the workbook's formula computes it (portalrb.md §2): AVERAGE of the LHKPN
   * sub-score (0.8) and the LHKPN percentage × 2 (1.6), leaving the non-LHKPN report out.
   */
  static final BigDecimal LHK_BY_WORKBOOK = new BigDecimal("1.2");

  @TempDir
  Path dir;

  /** The unit's answers of LkeWorkbookTest.mixed(), without TPI answers or notes, LHK counts set. */
  static JawabanUnit answers() {
    List<JawabanSoal> answers = LkeWorkbookTest.mixed().answers().stream()
        .map(a -> new JawabanSoal(a.soalId(), Optional.ofNullable(LHKPN.getOrDefault(a.soalId(),
            NON_LHKPN.get(a.soalId()))).or(a::jawabanUnit), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty()))
        .toList();
    return new JawabanUnit(UNIT_ID, NAMA, TAHUN, answers);
  }

  static LkeScore score(JawabanUnit jawaban) {
    return LkeScorer.bundled(Edition.PERMENPANRB_90_2021).score(jawaban.toWorksheet(), Role.SELF);
  }

  /** Column L as a workbook whose formulas follow the rule saved it. */
  static Map<String, Saved> consistent() {
    return new LinkedHashMap<>(TestWorkbooks.savedByTheRule(score(answers())));
  }

  Path write(Map<String, Saved> saved) {
    return TestWorkbooks.writeLkeZi(dir.resolve("LKE.xlsx"), answers(), saved);
  }

  @Nested
  @DisplayName("its layout")
  class Layout {

    @Test
    @DisplayName("puts soal 1 at K8, soal 92 at K135 and soal 127 at K205, as the notes' CSV")
    void rows() {
      Map<String, Integer> rows = TestWorkbooks.lkeZiRows();

      assertThat(rows).containsEntry("S1", 8).containsEntry("S92", 135)
          .containsEntry("S127", 205).containsEntry("54", 175).containsEntry("total", 208);
      assertThat(rows.keySet().stream().filter(k -> k.startsWith("S"))).hasSize(127);
    }

    @Test
    @DisplayName("reads the unit's answers back from column K, scoring as they do, without a master soal")
    void readsAnswers() {
      JawabanUnit jawaban = answers();

      JawabanUnit read = LKE_ZI.read(write(consistent()), UNIT_ID, NAMA);

      assertThat(read).isEqualTo(jawaban);
      assertThat(score(read).total()).isEqualTo(score(jawaban).total());
    }

    @Test
    @DisplayName("gives the worksheet it checked the answers against when reading them, the one"
        + " converting the answers again would give")
    void givesTheWorksheetItRead() {
      WorkbookAnswers read = LKE_ZI.readAnswers(write(consistent()), UNIT_ID, NAMA);

      assertThat(read.jawaban()).isEqualTo(answers());
      assertThat(read.worksheet()).isEqualTo(answers().toWorksheet(LKE_ZI.template()));
      assertThat(read.worksheet().answers()).containsOnlyKeys(Role.SELF);
    }

    @Test
    @DisplayName("never reads columns L and M as notes or evidence, nor the TPI's answer")
    void formulasAreNotNotes() {
      Map<String, Saved> saved = consistent();
      saved.put("M8", Saved.typed("1"));

      JawabanUnit read = LKE_ZI.read(write(saved), UNIT_ID, NAMA);

      JawabanSoal first = read.answers().get(0);
      assertThat(first.catatanUnit()).isEmpty();
      assertThat(first.buktiDukungUnit()).isEmpty();
      assertThat(first.jawabanTpi()).isEmpty();
      assertThat(read.tahun()).isEqualTo(TAHUN);
    }

    @Test
    @DisplayName("names the workbook's sheets, in its order")
    void sheetNames() {
      assertThat(LkeWorkbook.sheetNames(write(consistent())))
          .containsExactly("Utama", "Ctt Eval", "LKE ZI");
    }

    @Test
    @DisplayName("refuses a year outside 1900 to 2200, naming it")
    void badYear() {
      assertThatThrownBy(() -> LkeWorkbook.ofLkeZi(26))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("tahun must be a year from 1900 to 2200, but was 26");
    }
  }

  @Nested
  @DisplayName("its own arithmetic, checked against the rule")
  class Check {

    @Test
    @DisplayName("a workbook whose saved scores follow the rule agrees, at every answer, indicator and total")
    void consistentAgrees() {
      WorkbookCheck check = LKE_ZI.check(write(consistent()), UNIT_ID, NAMA);

      assertThat(check.agrees()).isTrue();
      assertThat(check.disagreements()).isEmpty();
      assertThat(check.notChecked()).isEmpty();
      // every soal with options (127 less 22 counts and 2 surveys), 44 indicators, 3 totals
      assertThat(check.cellsChecked()).isEqualTo(103 + 44 + 3);
      assertThat(check.explain(Locale.ENGLISH)).endsWith("LKE.xlsx: the workbook's saved scores"
          + " agree with the rule (PERMENPANRB_90_2021) at all 150 cells checked (to 1e-9)\n");
    }

    @Test
    @DisplayName("the LHK formula of the notes is found at indicator 54, shifting the pengungkit and the"
        + " total, and nothing else")
    void lhkFormula() {
      Map<String, Saved> saved = consistent();
      BigDecimal shift = LHK_BY_WORKBOOK.subtract(LHK_BY_RULE);
      saved.put("L175", Saved.formula("AVERAGE(L176,0.8*2)", LHK_BY_WORKBOOK.toPlainString()));
      shifted(saved, "L198", shift);
      shifted(saved, "L208", shift);

      WorkbookCheck check = LKE_ZI.check(write(saved), UNIT_ID, NAMA);

      assertThat(check.agrees()).isFalse();
      assertThat(check.disagreements()).singleElement().satisfies(d -> {
        assertThat(d.node()).isEqualTo("54");
        assertThat(d.cell()).isEqualTo("'LKE ZI'!L175");
        assertThat(d.workbook()).isEqualByComparingTo("1.2");
        assertThat(d.zi4j()).isEqualByComparingTo("1.8");
        assertThat(d.difference()).isEqualByComparingTo("-0.6");
        assertThat(d.cause()).isEqualTo(Cause.AGGREGATED_OTHERWISE);
        assertThat(d.ownParts()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1.8"));
        assertThat(d.shifts()).containsExactly("1", "LKE");
        assertThat(d.explain(Locale.ENGLISH)).isEqualTo("54 " + d.name() + ", 'LKE ZI'!L175:"
            + " workbook 1.2, zi4j 1.8, difference -0.6: most likely aggregated otherwise (the rule"
            + " applied to the workbook's own parts gives 1.8); it also shifts 1 at 'LKE ZI'!L198, LKE at"
            + " 'LKE ZI'!L208");
        assertThat(d.explain(Locale.forLanguageTag("id"))).isEqualTo("54 " + d.name()
            + ", 'LKE ZI'!L175: buku kerja 1,2, zi4j 1,8, selisih -0,6: kemungkinan besar dihitung"
            + " dengan cara lain (aturan atas bagian-bagian yang disimpan buku kerja sendiri memberi"
            + " 1,8); juga menggeser 1 di 'LKE ZI'!L198, LKE di 'LKE ZI'!L208");
      });
    }

    @Test
    @DisplayName("a total typed by hand one less than its parts is found as hand-typed, and nothing else")
    void mistypedTotal() {
      Map<String, Saved> saved = consistent();
      BigDecimal parts = saved.get("L208").value();
      saved.put("L208", new Saved(parts.subtract(BigDecimal.ONE), Optional.empty()));

      WorkbookCheck check = LKE_ZI.check(write(saved), UNIT_ID, NAMA);

      assertThat(check.disagreements()).singleElement().satisfies(d -> {
        assertThat(d.node()).isEqualTo("LKE");
        assertThat(d.cell()).isEqualTo("'LKE ZI'!L208");
        assertThat(d.difference()).isEqualByComparingTo("-1");
        assertThat(d.cause()).isEqualTo(Cause.HAND_TYPED);
        assertThat(d.ownParts()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(parts));
        assertThat(d.shifts()).isEmpty();
      });
    }

    @Test
    @DisplayName("an answer valued otherwise (C of A-D at 0.3, not 0.33) is found at its soal, shifting"
        + " its indicator and the totals above")
    void optionValuedOtherwise() {
      // soal 6 (pemantauan & evaluasi, indicator 6 of weight 1, three A-D soals) is answered "C" by
      // mixed() (6 % 4 = 2), which the rule values 0.33; the workbook here gives it 0.3, so the
      // indicator moves by -0.03 / 3, and the pengungkit and the total with it
      Map<String, Saved> saved = consistent();
      assertThat(answers().answers().get(5).jawabanUnit()).contains("C");
      saved.put("L15", Saved.formula("IF(K15=\"C\",0.3,0)", "0.3"));
      BigDecimal shift = new BigDecimal("-0.03").divide(BigDecimal.valueOf(3),
          14, java.math.RoundingMode.HALF_EVEN);
      shifted(saved, "L14", shift);
      shifted(saved, "L198", shift);
      shifted(saved, "L208", shift);

      WorkbookCheck check = LKE_ZI.check(write(saved), UNIT_ID, NAMA);

      assertThat(check.disagreements()).singleElement().satisfies(d -> {
        assertThat(d.node()).isEqualTo("S6");
        assertThat(d.workbook()).isEqualByComparingTo("0.3");
        assertThat(d.zi4j()).isEqualByComparingTo("0.33");
        assertThat(d.cause()).isEqualTo(Cause.OPTION_VALUE);
        assertThat(d.shifts()).containsExactly("6", "1", "LKE");
        assertThat(d.shiftedCells()).containsExactly("'LKE ZI'!L14", "'LKE ZI'!L198",
            "'LKE ZI'!L208");
      });
    }

    @Test
    @DisplayName("a soal left unanswered leaves its indicator and the totals above it not checked,"
        + " and says so")
    void unanswered() {
      JawabanUnit jawaban = answers();
      JawabanUnit withoutFirst = new JawabanUnit(UNIT_ID, NAMA, TAHUN, jawaban.answers().stream()
          .map(a -> a.soalId() == 1 ? a.withJawaban(Optional.empty(), Optional.empty()) : a)
          .toList());
      Path xlsx = TestWorkbooks.writeLkeZi(dir.resolve("LKE.xlsx"), withoutFirst, consistent());

      WorkbookCheck check = LKE_ZI.check(xlsx, UNIT_ID, NAMA);

      assertThat(check.agrees()).isTrue();
      assertThat(check.notChecked()).containsExactly("S1", "4", "1", "LKE");
      assertThat(check.cellsChecked()).isEqualTo(150 - 4);
      assertThat(check.explain(Locale.ENGLISH)).endsWith("\nnot checked (an answer below is"
          + " missing): S1, 4, 1, LKE\n");
    }

    @Test
    @DisplayName("an indicator cell without a saved number is bad input naming the cell")
    void emptyIndicator() {
      Map<String, Saved> saved = consistent();
      saved.remove("L175");

      assertThatThrownBy(() -> LKE_ZI.check(write(saved), UNIT_ID, NAMA))
          .isInstanceOf(ZiParseException.class)
          .hasMessageEndingWith("LKE.xlsx: 'LKE ZI'!L175: must hold the points the workbook saved"
              + " for node 54, but is empty");
    }

    @Test
    @DisplayName("a layout from a master soal cannot check, since it does not know where the scores are")
    void masterSoalLayoutCannotCheck() {
      assertThatThrownBy(() -> LkeWorkbookTest.WORKBOOK.check(write(consistent()), UNIT_ID, NAMA))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("only a layout that knows where the workbook saves its own scores can check"
              + " them (LkeWorkbook.ofLkeZi), but this is the master soal of 2026");
    }
  }

  /** {@code saved}'s formula at {@code ref} with its result moved by {@code shift}. */
  static void shifted(Map<String, Saved> saved, String ref, BigDecimal shift) {
    Saved before = saved.get(ref);
    saved.put(ref, new Saved(before.value().add(shift), before.formula()));
  }
}
