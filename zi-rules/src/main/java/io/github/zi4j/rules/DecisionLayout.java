package io.github.zi4j.rules;

import io.github.zi4j.lke.AreaPerubahan;
import io.github.zi4j.regulation.Confidence;
import io.github.zi4j.rules.JsonSink.Name;
import io.github.zi4j.unit.Predikat;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The JSON form of a {@link Decision}, its {@link Finding}s and their {@link Measure}s (<i>tata letak
 * JSON keputusan</i>), written once for every {@link JsonSink}: {@link ZiModule}'s serializers and
 * {@link DecisionJson#write(Decision, Locale)} write the same fields in the same order.
 */
final class DecisionLayout {

  // ---- the names of the fields, quoted once

  private static final Name F_ACTUAL = new Name("actual");
  private static final Name F_AS_OF = new Name("asOf");
  private static final Name F_BASIS = new Name("basis");
  private static final Name F_CLOSED_BY = new Name("closedBy");
  private static final Name F_CLOSES = new Name("closes");
  private static final Name F_CONTEXT = new Name("context");
  private static final Name F_EARLIEST_DATE = new Name("earliestProposalDate");
  private static final Name F_EARLIEST_ROUND = new Name("earliestProposalRound");
  private static final Name F_EDITION = new Name("edition");
  private static final Name F_ELIGIBILITY = new Name("eligibility");
  private static final Name F_FINDINGS = new Name("findings");
  private static final Name F_GRADE = new Name("grade");
  private static final Name F_HASIL = new Name("hasil");
  private static final Name F_LKE = new Name("lke");
  private static final Name F_MEETS = new Name("meets");
  private static final Name F_MESSAGE = new Name("message");
  private static final Name F_NODE = new Name("node");
  private static final Name F_OPENS = new Name("opens");
  private static final Name F_PENGUNGKIT = new Name("pengungkit");
  private static final Name F_REQUIRED = new Name("required");
  private static final Name F_SHORTFALL = new Name("shortfall");
  private static final Name F_TARGET = new Name("target");
  private static final Name F_TEXT = new Name("text");
  private static final Name F_TOTAL = new Name("total");
  private static final Name F_VALUE = new Name("value");
  private static final Name F_VARIANT = new Name("variant");
  private static final Name F_YEAR = new Name("year");

  // ---- fields written with their values at once: the values a finding or a measure takes most

  private static final Name[] RULES = constants("rule", RuleId.class, RuleId::code);
  private static final Name[] AREAS = constants("area", AreaPerubahan.class, Enum::name);
  private static final Name[] STATUSES = constants("status", Status.class, Enum::name);
  private static final Name[] TARGETS = constants("target", Predikat.class, Enum::name);
  private static final Name[] CONFIDENCES = constants("confidence", Confidence.class, Enum::name);
  private static final Name[] ROUNDINGS = constants("rounding", RoundingMode.class, Enum::name);
  /** {@code "decimals" : n} for the 2 to 4 places points and indices are shown with, by n. */
  private static final Name[] DECIMALS = {null, null, new Name("decimals", 2),
      new Name("decimals", 3), new Name("decimals", 4)};
  private static final Name NO_AREA = new Name("area", null);
  private static final Name NO_NODE = new Name("node", null);
  private static final Name NO_VARIANT = new Name("variant", null);
  private static final Name NO_REQUIRED = new Name("required", null);
  private static final Name NO_ACTUAL = new Name("actual", null);
  private static final Name NO_SHORTFALL = new Name("shortfall", null);
  private static final Name NO_CONTEXT = new Name("context", null);
  private static final Name KIND_POINTS = new Name("kind", "points");
  private static final Name KIND_INDEX = new Name("kind", "index");
  private static final Name KIND_DAY = new Name("kind", "day");
  private static final Name KIND_DAYS = new Name("kind", "days");
  private static final Name KIND_STEPS = new Name("kind", "steps");
  private static final Name KIND_TERM = new Name("kind", "term");
  private static final Name KIND_RATED = new Name("kind", "rated");
  private static final Name KIND_WINDOW = new Name("kind", "window");

  private DecisionLayout() {}

  /** The field {@code name} with each constant of {@code type} as its value, by ordinal. */
  private static <E extends Enum<E>> Name[] constants(String name, Class<E> type,
      Function<E, String> value) {
    E[] constants = type.getEnumConstants();
    Name[] fields = new Name[constants.length];
    for (E constant : constants) {
      fields[constant.ordinal()] = new Name(name, value.apply(constant));
    }
    return fields;
  }

  /** Writes {@code "name" : "value"}, or {@code null} for a null value. */
  private static void string(JsonSink json, Name name, String value)
      throws IOException {
    json.field(name);
    json.string(value);
  }

  /**
   * Writes {@code "name" : "value"} for a value that needs no escape, or {@code null} for none: an
   * enum constant's name, an ISO date, a code of zi4j's own.
   */
  private static void token(JsonSink json, Name name, String value) throws IOException {
    json.field(name);
    if (value == null) {
      json.nullValue();
    } else {
      json.token(value);
    }
  }

  /** Writes {@code "name" : value}. */
  private static void number(JsonSink json, Name name, BigDecimal value)
      throws IOException {
    json.field(name);
    json.number(value);
  }

  /** Writes {@code "name" : value}. */
  private static void number(JsonSink json, Name name, long value)
      throws IOException {
    json.field(name);
    json.number(value);
  }

  /** Writes {@code "name" : "day"}, or {@code null} for none. */
  private static void day(JsonSink json, Name name,
      Optional<java.time.LocalDate> day) throws IOException {
    token(json, name, day.isPresent() ? day.get().toString() : null);
  }

  /**
   * Writes {@code decision}, its sentences in {@code messages}' language.
   *
   * @param decision the decision
   * @param messages the language of the findings' sentences
   * @param json where to
   * @throws IOException when the sink cannot be written
   */
  static void decision(Decision decision, Locale messages, JsonSink json) throws IOException {
    json.startObject();
    token(json, F_TARGET, decision.target().name());
    token(json, F_AS_OF, decision.asOf().toString());
    token(json, F_EDITION, decision.edition().name());
    token(json, F_ELIGIBILITY, decision.eligibility().name());
    day(json, F_EARLIEST_DATE, decision.earliestProposalDate());
    json.field(F_EARLIEST_ROUND);
    if (decision.earliestProposalRound().isPresent()) {
      io.github.zi4j.round.ProposalRound round = decision.earliestProposalRound().get();
      json.startObject();
      number(json, F_YEAR, round.year());
      day(json, F_OPENS, round.opens());
      day(json, F_CLOSES, round.closes());
      day(json, F_CLOSED_BY, round.closedBy());
      json.endObject();
    } else {
      json.nullValue();
    }
    json.field(F_LKE);
    if (decision.lke().isPresent()) {
      LkeSummary lke = decision.lke().get();
      json.startObject();
      number(json, F_TOTAL, lke.total());
      number(json, F_PENGUNGKIT, lke.pengungkit());
      number(json, F_HASIL, lke.hasil());
      token(json, F_MEETS, lke.meets().isPresent() ? lke.meets().get().name() : null);
      token(json, F_TEXT, decision.shown(RuleId.LKE_TOTAL, lke.total()).neutral());
      json.endObject();
    } else {
      json.nullValue();
    }
    json.field(F_FINDINGS);
    json.startArray();
    for (Finding finding : decision.findings()) {
      json.finding(finding, messages);
    }
    json.endArray();
    json.endObject();
  }

  /**
   * Writes {@code finding}, its sentence in {@code messages}' language.
   *
   * @param finding the finding
   * @param messages the language of its sentence
   * @param json where to
   * @throws IOException when the sink cannot be written
   */
  static void finding(Finding finding, Locale messages, JsonSink json) throws IOException {
    finding(finding, messages, json, new StringBuilder(640));
  }

  /** Writes {@code finding}, its sentence rendered in {@code sentence}, which is emptied first. */
  static void finding(Finding finding, Locale messages, JsonSink json,
      StringBuilder sentence) throws IOException {
    json.startObject();
    json.constant(RULES[finding.rule().ordinal()]);
    json.constant(finding.area().isPresent() ? AREAS[finding.area().get().ordinal()] : NO_AREA);
    string(json, F_NODE, NO_NODE, finding.node());
    json.constant(STATUSES[finding.status().ordinal()]);
    json.constant(TARGETS[finding.target().ordinal()]);
    measure(json, F_REQUIRED, NO_REQUIRED, finding.required());
    measure(json, F_ACTUAL, NO_ACTUAL, finding.actual());
    measure(json, F_SHORTFALL, NO_SHORTFALL, finding.shortfall());
    measure(json, F_CONTEXT, NO_CONTEXT, finding.context());
    string(json, F_VARIANT, NO_VARIANT, finding.variant());
    string(json, F_BASIS, finding.basis().citation());
    json.constant(CONFIDENCES[finding.basis().confidence().ordinal()]);
    sentence.setLength(0);
    boolean escapeFree = finding.appendMessage(sentence, messages);
    json.field(F_MESSAGE);
    json.string(sentence, escapeFree);
    json.endObject();
  }

  /** Writes {@code "name" : measure}, or {@code none}, the field with a null value. */
  private static void measure(JsonSink json, Name name, Name none, Optional<Measure> measure)
      throws IOException {
    if (measure.isPresent()) {
      json.field(name);
      json.measure(measure.get());
    } else {
      json.constant(none);
    }
  }

  /** Writes {@code "name" : "value"}, or {@code none}, the field with a null value. */
  private static void string(JsonSink json, Name name, Name none, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      string(json, name, value.get());
    } else {
      json.constant(none);
    }
  }

  /**
   * Writes {@code measure}, typed, with its language-neutral text.
   *
   * @param measure the measure
   * @param json where to
   * @throws IOException when the sink cannot be written
   */
  static void measure(Measure measure, JsonSink json) throws IOException {
    json.startObject();
    BigDecimal shown = null; // the number a point or an index shows, its text
    if (measure instanceof Measure.Points) {
      Measure.Points points = (Measure.Points) measure;
      json.constant(KIND_POINTS);
      number(json, F_VALUE, points.value());
      json.constant(DECIMALS[points.decimals()]);
      json.constant(ROUNDINGS[points.rounding().ordinal()]);
      shown = points.shown();
    } else if (measure instanceof Measure.Index) {
      Measure.Index index = (Measure.Index) measure;
      json.constant(KIND_INDEX);
      number(json, F_VALUE, index.value());
      json.constant(DECIMALS[index.decimals()]);
      json.constant(ROUNDINGS[index.rounding().ordinal()]);
      shown = index.shown();
    } else if (measure instanceof Measure.Day) {
      json.constant(KIND_DAY);
      token(json, F_VALUE, ((Measure.Day) measure).value().toString());
    } else if (measure instanceof Measure.Days) {
      json.constant(KIND_DAYS);
      number(json, F_VALUE, ((Measure.Days) measure).count());
    } else if (measure instanceof Measure.Steps) {
      json.constant(KIND_STEPS);
      number(json, F_VALUE, ((Measure.Steps) measure).count());
    } else if (measure instanceof Measure.Term) {
      json.constant(KIND_TERM);
      string(json, F_VALUE, ((Measure.Term) measure).code());
    } else if (measure instanceof Measure.Rated) {
      Measure.Rated rated = (Measure.Rated) measure;
      json.constant(KIND_RATED);
      number(json, F_VALUE, rated.score());
      string(json, F_GRADE, rated.grade());
    } else {
      Measure.Window window = (Measure.Window) measure;
      json.constant(KIND_WINDOW);
      token(json, F_OPENS, window.opens().toString());
      token(json, F_CLOSES, window.closes().toString());
    }
    json.field(F_TEXT);
    if (shown != null) {
      json.numberText(shown); // its neutral text, without a string of its own
    } else {
      json.string(measure.neutral());
    }
    json.endObject();
  }
}
