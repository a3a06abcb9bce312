package io.github.zi4j.rules;

import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * The JSON form of a {@link Decision}, its {@link Finding}s and their {@link Measure}s (<i>tata letak
 * JSON keputusan</i>), written once for every {@link JsonSink}: {@link ZiModule}'s serializers and
 * {@link DecisionJson#write(Decision, Locale)} write the same fields in the same order.
 */
final class DecisionLayout {

  // ---- the names of the fields, quoted once

  private static final SerializedString F_ACTUAL = new SerializedString("actual");
  private static final SerializedString F_AREA = new SerializedString("area");
  private static final SerializedString F_AS_OF = new SerializedString("asOf");
  private static final SerializedString F_BASIS = new SerializedString("basis");
  private static final SerializedString F_CLOSED_BY = new SerializedString("closedBy");
  private static final SerializedString F_CLOSES = new SerializedString("closes");
  private static final SerializedString F_CONFIDENCE = new SerializedString("confidence");
  private static final SerializedString F_CONTEXT = new SerializedString("context");
  private static final SerializedString F_DECIMALS = new SerializedString("decimals");
  private static final SerializedString F_EARLIEST_DATE =
      new SerializedString("earliestProposalDate");
  private static final SerializedString F_EARLIEST_ROUND =
      new SerializedString("earliestProposalRound");
  private static final SerializedString F_EDITION = new SerializedString("edition");
  private static final SerializedString F_ELIGIBILITY = new SerializedString("eligibility");
  private static final SerializedString F_FINDINGS = new SerializedString("findings");
  private static final SerializedString F_GRADE = new SerializedString("grade");
  private static final SerializedString F_HASIL = new SerializedString("hasil");
  private static final SerializedString F_KIND = new SerializedString("kind");
  private static final SerializedString F_LKE = new SerializedString("lke");
  private static final SerializedString F_MEETS = new SerializedString("meets");
  private static final SerializedString F_MESSAGE = new SerializedString("message");
  private static final SerializedString F_NODE = new SerializedString("node");
  private static final SerializedString F_OPENS = new SerializedString("opens");
  private static final SerializedString F_PENGUNGKIT = new SerializedString("pengungkit");
  private static final SerializedString F_REQUIRED = new SerializedString("required");
  private static final SerializedString F_ROUNDING = new SerializedString("rounding");
  private static final SerializedString F_RULE = new SerializedString("rule");
  private static final SerializedString F_SHORTFALL = new SerializedString("shortfall");
  private static final SerializedString F_STATUS = new SerializedString("status");
  private static final SerializedString F_TARGET = new SerializedString("target");
  private static final SerializedString F_TEXT = new SerializedString("text");
  private static final SerializedString F_TOTAL = new SerializedString("total");
  private static final SerializedString F_VALUE = new SerializedString("value");
  private static final SerializedString F_VARIANT = new SerializedString("variant");
  private static final SerializedString F_YEAR = new SerializedString("year");

  private DecisionLayout() {}

  /** Writes {@code "name" : "value"}, or {@code null} for a null value. */
  private static void string(JsonSink json, SerializedString name, String value)
      throws IOException {
    json.field(name);
    json.string(value);
  }

  /** Writes {@code "name" : value}. */
  private static void number(JsonSink json, SerializedString name, java.math.BigDecimal value)
      throws IOException {
    json.field(name);
    json.number(value);
  }

  /** Writes {@code "name" : value}. */
  private static void number(JsonSink json, SerializedString name, long value)
      throws IOException {
    json.field(name);
    json.number(value);
  }

  /** Writes {@code "name" : "day"}, or {@code null} for none. */
  private static void day(JsonSink json, SerializedString name,
      Optional<java.time.LocalDate> day) throws IOException {
    string(json, name, day.isPresent() ? day.get().toString() : null);
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
    string(json, F_TARGET, decision.target().name());
    string(json, F_AS_OF, decision.asOf().toString());
    string(json, F_EDITION, decision.edition().name());
    string(json, F_ELIGIBILITY, decision.eligibility().name());
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
      string(json, F_MEETS, lke.meets().isPresent() ? lke.meets().get().name() : null);
      string(json, F_TEXT, decision.shown(RuleId.LKE_TOTAL, lke.total()).neutral());
      json.endObject();
    } else {
      json.nullValue();
    }
    json.field(F_FINDINGS);
    json.startArray();
    StringBuilder sentence = new StringBuilder(1024); // one for every finding's sentence
    for (Finding finding : decision.findings()) {
      json.finding(finding, messages, sentence);
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
    string(json, F_RULE, finding.rule().code());
    string(json, F_AREA, finding.area().isPresent() ? finding.area().get().name() : null);
    string(json, F_NODE, finding.node().orElse(null));
    string(json, F_STATUS, finding.status().name());
    string(json, F_TARGET, finding.target().name());
    measure(json, F_REQUIRED, finding.required());
    measure(json, F_ACTUAL, finding.actual());
    measure(json, F_SHORTFALL, finding.shortfall());
    measure(json, F_CONTEXT, finding.context());
    string(json, F_VARIANT, finding.variant().orElse(null));
    string(json, F_BASIS, finding.basis().citation());
    string(json, F_CONFIDENCE, finding.basis().confidence().name());
    sentence.setLength(0);
    json.field(F_MESSAGE);
    json.string(finding.appendMessage(sentence, messages));
    json.endObject();
  }

  private static void measure(JsonSink json, SerializedString name, Optional<Measure> measure)
      throws IOException {
    json.field(name);
    if (measure.isPresent()) {
      json.measure(measure.get());
    } else {
      json.nullValue();
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
    if (measure instanceof Measure.Points) {
      Measure.Points points = (Measure.Points) measure;
      string(json, F_KIND, "points");
      number(json, F_VALUE, points.value());
      number(json, F_DECIMALS, points.decimals());
      string(json, F_ROUNDING, points.rounding().name());
    } else if (measure instanceof Measure.Index) {
      Measure.Index index = (Measure.Index) measure;
      string(json, F_KIND, "index");
      number(json, F_VALUE, index.value());
      number(json, F_DECIMALS, index.decimals());
      string(json, F_ROUNDING, index.rounding().name());
    } else if (measure instanceof Measure.Day) {
      string(json, F_KIND, "day");
      string(json, F_VALUE, ((Measure.Day) measure).value().toString());
    } else if (measure instanceof Measure.Days) {
      string(json, F_KIND, "days");
      number(json, F_VALUE, ((Measure.Days) measure).count());
    } else if (measure instanceof Measure.Steps) {
      string(json, F_KIND, "steps");
      number(json, F_VALUE, ((Measure.Steps) measure).count());
    } else if (measure instanceof Measure.Term) {
      string(json, F_KIND, "term");
      string(json, F_VALUE, ((Measure.Term) measure).code());
    } else if (measure instanceof Measure.Rated) {
      Measure.Rated rated = (Measure.Rated) measure;
      string(json, F_KIND, "rated");
      number(json, F_VALUE, rated.score());
      string(json, F_GRADE, rated.grade());
    } else {
      Measure.Window window = (Measure.Window) measure;
      string(json, F_KIND, "window");
      string(json, F_OPENS, window.opens().toString());
      string(json, F_CLOSES, window.closes().toString());
    }
    string(json, F_TEXT, measure.neutral());
    json.endObject();
  }
}
