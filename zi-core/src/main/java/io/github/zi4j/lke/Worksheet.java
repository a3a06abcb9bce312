package io.github.zi4j.lke;

import io.github.zi4j.internal.Limits;
import io.github.zi4j.InvalidFieldException;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.zi4j.regulation.Edition;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A filled LKE worksheet (<i>lembar kerja terisi</i>): the answers to a template's questions, per role
 * (the unit's self-assessment, the TPI's review), for one edition.
 *
 * <p>In JSON:
 *
 * <pre>{@code
 * {"edition": "PERMENPANRB_90_2021", "unit": "DPMPTSP Kabupaten Pesawaran",
 *  "answers": {"SELF": {"S1": "YA", "S2": "B", "S102": 3, "S103": 1, "S125": 3.71},
 *              "TPI":  {"S1": "YA", "S2": "C"}}}
 * }</pre>
 *
 * <p>Immutable and thread-safe; compare with {@code equals}.
 *
 * @param edition the edition it was answered for; another edition's template rejects it
 * @param unit the unit kerja it is about, when given
 * @param answers the answers by role, then by question id
 *
 * @since 0.1
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonDeserialize(using = JsonDeserializer.None.class)
public record Worksheet(Edition edition, Optional<String> unit, Map<Role, Map<String, Answer>> answers)
    implements LkeInput {

  /**
   * A worksheet.
   *
   * @param edition the edition it was answered for
   * @param unit the unit kerja, or empty
   * @param answers the answers by role, then by question id
   */
  public Worksheet {
    Objects.requireNonNull(edition, "edition of a worksheet is required");
    unit = unit == null ? Optional.empty() : unit;
    Objects.requireNonNull(answers, "answers of a worksheet are required");
    Map<Role, Map<String, Answer>> copy = new EnumMap<>(Role.class);
    answers.forEach((role, byQuestion) -> {
      Objects.requireNonNull(role, "role of a worksheet's answers is required");
      Objects.requireNonNull(byQuestion, () -> "answers of " + role + " must not be null");
      byQuestion.forEach((question, answer) -> {
        if (answer == null) {
          throw new InvalidFieldException("answers." + role + "." + Limits.quote(question),
              "answer of " + role + " to " + question
              + " must not be null; leave the question out when it is unanswered");
        }
      });
      copy.put(role, Collections.unmodifiableMap(new LinkedHashMap<>(byQuestion)));
    });
    answers = Collections.unmodifiableMap(copy);
  }

  /**
   * A worksheet with one role's answers.
   *
   * @param edition the edition it was answered for
   * @param role who answered
   * @param answers the answers by question id
   * @return the worksheet
   */
  public static Worksheet of(Edition edition, Role role, Map<String, Answer> answers) {
    return new Worksheet(edition, Optional.empty(), Map.of(role, answers));
  }

  /**
   * The answers of {@code role}.
   *
   * @param role who answered
   * @return the answers by question id; empty when that role gave none
   */
  public Map<String, Answer> answersOf(Role role) {
    return answers.getOrDefault(role, Map.of());
  }

  /**
   * This worksheet with {@code role}'s answer to {@code questionId} replaced.
   *
   * @param role who answered
   * @param questionId the question
   * @param answer the new answer
   * @return a new worksheet
   */
  public Worksheet withAnswer(Role role, String questionId, Answer answer) {
    Map<Role, Map<String, Answer>> copy = new EnumMap<>(Role.class);
    copy.putAll(answers);
    Map<String, Answer> byQuestion = new LinkedHashMap<>(answersOf(role));
    byQuestion.put(questionId, answer);
    copy.put(role, byQuestion);
    return new Worksheet(edition, unit, copy);
  }

  /**
   * This worksheet without {@code role}'s answer to {@code questionId}.
   *
   * @param role who answered
   * @param questionId the question
   * @return a new worksheet
   */
  public Worksheet withoutAnswer(Role role, String questionId) {
    Map<Role, Map<String, Answer>> copy = new EnumMap<>(Role.class);
    copy.putAll(answers);
    Map<String, Answer> byQuestion = new LinkedHashMap<>(answersOf(role));
    byQuestion.remove(questionId);
    copy.put(role, byQuestion);
    return new Worksheet(edition, unit, copy);
  }

  /**
   * The role whose answers a decision reads: the TPI's when it answered any question, else the unit's
   * own.
   *
   * @return TPI or SELF
   */
  public Role decidingRole() {
    return answersOf(Role.TPI).isEmpty() ? Role.SELF : Role.TPI;
  }
}
