package io.github.zi4j.portalrb;

import io.github.zi4j.ZiException;
import io.github.zi4j.InvalidFieldException;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.zi4j.ZiJson;
import io.github.zi4j.ZiParseException;
import io.github.zi4j.internal.Limits;
import io.github.zi4j.lke.Answer;
import io.github.zi4j.lke.LkeTemplate;
import io.github.zi4j.lke.LkeTemplates;
import io.github.zi4j.lke.Question;
import io.github.zi4j.lke.Role;
import io.github.zi4j.lke.Worksheet;
import io.github.zi4j.regulation.Edition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A unit's LKE answers as PortalRB pulls them (<i>jawaban unit</i>), the response of {@code GET
 * /lke/jawaban-unit/{unit_id}}: {@code {"unit_id", "nama_unit", "tahun", "answers": [{"soal_id",
 * "jawaban_unit", "jawaban_tpi", "catatan_unit", "bukti_dukung_unit", "catatan_tpi"}]}}.
 *
 * <p>It converts to a {@link Worksheet} of a template numbered with PortalRB's {@code soal_id}s (the
 * bundled 90/2021 one by default): {@code jawaban_unit} gives the {@link Role#SELF} answers, {@code
 * jawaban_tpi} the {@link Role#TPI} ones, an empty answer leaves the question unanswered. Ya/Tidak are
 * read in any case, letters in any case; a count is a whole number from 0, a survey value a decimal
 * from 0 to 4 ({@code "3.71"}). A worksheet cannot hold the notes and evidence links: {@link
 * #withAnswersOf(Worksheet)} puts a worksheet's answers back into this value, keeping them, so that
 * {@code j.withAnswersOf(j.toWorksheet()).equals(j)} for answers written as zi4j writes them ({@code
 * "Ya"}, {@code "Tidak"}, capital letters, plain numbers).
 *
 * <p>Immutable and thread-safe; compare with {@code equals}.
 *
 * @param unitId the unit's id ({@code unit_id}), stable across PortalRB's calls
 * @param namaUnit the unit's name ({@code nama_unit})
 * @param tahun the evaluation year ({@code tahun})
 * @param answers the answers, in PortalRB's order
 *
 * @since 0.1
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"unit_id", "nama_unit", "tahun", "answers"})
public record JawabanUnit(
    @JsonProperty("unit_id") String unitId,
    @JsonProperty("nama_unit") String namaUnit,
    @JsonProperty("tahun") Integer tahun,
    @JsonProperty("answers") List<JawabanSoal> answers) {

  /**
   * A unit's answers.
   *
   * @param unitId the unit's id, not blank
   * @param namaUnit the unit's name
   * @param tahun the evaluation year
   * @param answers the answers; null (or absent in JSON) for none
   */
  public JawabanUnit {
    Objects.requireNonNull(unitId, "unit_id is required");
    if (unitId.isBlank()) {
      throw new InvalidFieldException("unit_id", "unit_id must not be blank, but was \"" + Limits.quote(unitId) + "\"");
    }
    Objects.requireNonNull(namaUnit, "nama_unit is required");
    Objects.requireNonNull(tahun, "tahun is required");
    answers = answers == null ? List.of() : List.copyOf(answers);
  }

  /**
   * Reads a {@code /lke/jawaban-unit} response from a file.
   *
   * @param path the file
   * @return the answers, not yet checked against a template: {@link #toWorksheet()} does
   * @throws ZiParseException when the file is not such a response
   */
  public static JawabanUnit read(Path path) {
    return ZiJson.read(path, JawabanUnit.class);
  }

  /**
   * The answers of {@code worksheet} in PortalRB's form, without notes, one per question either role
   * answered, in the template's order.
   *
   * @param unitId the unit's id
   * @param namaUnit the unit's name
   * @param tahun the evaluation year
   * @param worksheet the worksheet, of an edition whose bundled template has PortalRB's soal ids
   * @return the answers
   * @throws ZiException at the answer ({@code answers.SELF.S12}, relative to the worksheet) when a
   *     question answered has no soal_id, or is not in the template, or its answer cannot be written
   */
  public static JawabanUnit of(String unitId, String namaUnit, int tahun, Worksheet worksheet) {
    return new JawabanUnit(unitId, namaUnit, tahun, List.of())
        .withAnswersOf(worksheet, LkeTemplates.bundled(worksheet.edition()));
  }

  /**
   * The answers as a worksheet of the bundled 90/2021 template, with {@code nama_unit} as its unit.
   *
   * @return the worksheet
   * @throws InvalidJawabanException for the first answer with a soal_id the template lacks or gives
   *     twice, or an answer its soal does not take
   */
  public Worksheet toWorksheet() {
    return toWorksheet(LkeTemplates.bundled(Edition.PERMENPANRB_90_2021));
  }

  /**
   * The answers as a worksheet of {@code template}, with {@code nama_unit} as its unit.
   *
   * @param template a template numbered with PortalRB's soal ids
   * @return the worksheet
   * @throws InvalidJawabanException for the first answer with a soal_id the template lacks or gives
   *     twice, or an answer its soal does not take
   */
  public Worksheet toWorksheet(LkeTemplate template) {
    Map<Integer, Question> bySoal = bySoalId(template);
    Map<String, Answer> self = new LinkedHashMap<>();
    Map<String, Answer> tpi = new LinkedHashMap<>();
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < answers.size(); i++) {
      JawabanSoal jawaban = answers.get(i);
      int soalId = jawaban.soalId();
      Question question = bySoal.get(soalId);
      if (question == null) {
        throw new InvalidJawabanException(i, "soal_id", soalId, "soal_id " + soalId
            + " is not a soal of template " + template.id() + ", which has soal_id "
            + range(bySoal));
      }
      if (!seen.add(soalId)) {
        throw new InvalidJawabanException(i, "soal_id", soalId, "soal_id " + soalId
            + " must be answered once, but appears again");
      }
      put(self, question, jawaban.jawabanUnit(), i, "jawaban_unit");
      put(tpi, question, jawaban.jawabanTpi(), i, "jawaban_tpi");
    }
    Map<Role, Map<String, Answer>> byRole = new EnumMap<>(Role.class);
    byRole.put(Role.SELF, self);
    if (!tpi.isEmpty()) {
      byRole.put(Role.TPI, tpi);
    }
    return new Worksheet(template.edition(), Optional.of(namaUnit), byRole);
  }

  /**
   * These answers with those of {@code worksheet}: each answer's {@code jawaban_unit} and {@code
   * jawaban_tpi} become the worksheet's (empty when it has none), the notes and evidence kept; a soal
   * the worksheet answers and these answers lack is added after them, in the template's order.
   *
   * @param worksheet the worksheet, of an edition whose bundled template has PortalRB's soal ids
   * @return new answers
   * @throws ZiException at the answer ({@code answers.SELF.S12}, relative to the worksheet) when a
   *     question answered has no soal_id, or is not in the template, or its answer cannot be written
   */
  public JawabanUnit withAnswersOf(Worksheet worksheet) {
    return withAnswersOf(worksheet, LkeTemplates.bundled(worksheet.edition()));
  }

  private JawabanUnit withAnswersOf(Worksheet worksheet, LkeTemplate template) {
    Map<String, Answer> self = worksheet.answersOf(Role.SELF);
    Map<String, Answer> tpi = worksheet.answersOf(Role.TPI);
    for (Role role : Role.values()) {
      for (String id : worksheet.answersOf(role).keySet()) {
        String at = "answers." + role + "." + Limits.quote(id);
        Question question = template.question(id).orElseThrow(() -> new InvalidFieldException(at,
            "question " + id + " answered by " + role + " must be in template " + template.id()
            + ", but is not"));
        if (question.soalId().isEmpty()) {
          throw new InvalidFieldException(at, "question " + id + " of template " + template.id()
              + " must have a soal_id to be written for PortalRB, but has none");
        }
      }
    }
    Map<Integer, Question> bySoal = bySoalId(template);
    List<JawabanSoal> updated = new ArrayList<>();
    Set<Integer> present = new HashSet<>();
    for (JawabanSoal jawaban : answers) {
      Question question = bySoal.get(jawaban.soalId());
      present.add(jawaban.soalId());
      updated.add(question == null ? jawaban : jawaban.withJawaban(
          text(question, Role.SELF, self), text(question, Role.TPI, tpi)));
    }
    for (Question question : template.questions()) {
      if (question.soalId().isPresent() && !present.contains(question.soalId().getAsInt())
          && (self.containsKey(question.id()) || tpi.containsKey(question.id()))) {
        updated.add(new JawabanSoal(question.soalId().getAsInt(),
            text(question, Role.SELF, self), text(question, Role.TPI, tpi), Optional.empty(), Optional.empty(), Optional.empty()));
      }
    }
    return new JawabanUnit(unitId, namaUnit, tahun, updated);
  }

  /**
   * The index in {@link #answers()} of the answer to {@code soalId}.
   *
   * @param soalId the soal_id
   * @return the index, or empty when not answered
   */
  public Optional<Integer> indexOf(int soalId) {
    for (int i = 0; i < answers.size(); i++) {
      if (answers.get(i).soalId() == soalId) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** The text of {@code role}'s answer to {@code question}; a refusal at its place in the worksheet. */
  private static Optional<String> text(Question question, Role role, Map<String, Answer> answers) {
    try {
      return Optional.ofNullable(answers.get(question.id()))
          .map(answer -> JawabanText.format(question, answer));
    } catch (ZiException e) {
      throw e.within("answers." + role + "." + Limits.quote(question.id()));
    }
  }

  private static void put(Map<String, Answer> answers, Question question, Optional<String> text,
      int index, String field) {
    if (text.isEmpty()) {
      return;
    }
    try {
      answers.put(question.id(), JawabanText.parse(question, text.get()));
    } catch (ZiException e) {
      throw new InvalidJawabanException(index, field, question.soalId().getAsInt(),
          field + " of soal_id " + question.soalId().getAsInt() + " " + e.getMessage());
    }
  }

  private static Map<Integer, Question> bySoalId(LkeTemplate template) {
    Map<Integer, Question> bySoal = new HashMap<>();
    for (Question question : template.questions()) {
      question.soalId().ifPresent(id -> bySoal.put(id, question));
    }
    return bySoal;
  }

  private static String range(Map<Integer, Question> bySoal) {
    if (bySoal.isEmpty()) {
      return "none";
    }
    int min = bySoal.keySet().stream().mapToInt(Integer::intValue).min().orElseThrow();
    int max = bySoal.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();
    return min + " to " + max;
  }
}
