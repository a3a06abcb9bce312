package io.github.zi4j.rules;

import io.github.zi4j.ZiException;
import io.github.zi4j.InvalidFieldException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.zi4j.Language;
import io.github.zi4j.internal.BoundedReaders;
import io.github.zi4j.internal.Limits;
import io.github.zi4j.lke.AreaPerubahan;
import io.github.zi4j.regulation.Confidence;
import io.github.zi4j.regulation.Edition;
import io.github.zi4j.regulation.LegalBasis;
import io.github.zi4j.round.ProposalRound;
import io.github.zi4j.unit.Predikat;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The Jackson module of zi4j's decisions (<i>modul Jackson</i>): register it on any {@code
 * ObjectMapper} to write and read a {@link Decision}, a {@link Finding} and a {@link Measure}, so that
 * a decision written and read back is {@code equals} to the original, and a web framework can return a
 * decision as it is.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new ZiModule());
 * String json = mapper.writeValueAsString(decision);
 * Decision again = mapper.readValue(json, Decision.class);   // equals decision
 * }</pre>
 *
 * <p>A measure is written typed, with its language-neutral text beside it: {@code {"kind": "points",
 * "value": 75.00, "decimals": 2, "rounding": "HALF_UP", "text": "75.00"}}, {@code {"kind": "day",
 * "value": "2023-11-10", "text": "2023-11-10"}}. A finding carries its sentence ({@code message}) in the
 * module's language, Bahasa Indonesia unless another is given; the sentence is derived, and ignored
 * when read. Dates are ISO strings; the module brings Jackson's Java 8 and {@code java.time} modules
 * with it.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ZiModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** The language of the findings' sentences it writes. */
  private final Locale messages;

  /**
   * The module, writing each finding's sentence in Bahasa Indonesia, {@link Language#DEFAULT}.
   */
  public ZiModule() {
    this(Language.DEFAULT.locale());
  }

  /**
   * The module, writing each finding's sentence in {@code messages}' language, as {@link
   * Language#of(Locale)} decides it: Bahasa Indonesia for {@code id} (or {@code in}), English for any
   * other locale.
   *
   * @param messages the reader's locale
   */
  public ZiModule(Locale messages) {
    super("zi4j", Version.unknownVersion());
    this.messages = Language.of(Objects.requireNonNull(messages, "messages")).locale();
    addSerializer(Measure.class, new MeasureWriter());
    addDeserializer(Measure.class, new MeasureReader());
    addSerializer(Finding.class, new FindingWriter(this.messages));
    addDeserializer(Finding.class, new FindingReader());
    addSerializer(Decision.class, new DecisionWriter(this.messages));
    addDeserializer(Decision.class, new DecisionReader());
  }

  /**
   * The language of the findings' sentences this module writes: the locale of its {@link Language}.
   *
   * @return the locale, {@code id} or {@code en}
   */
  public Locale messages() {
    return messages;
  }

  @Override
  public Iterable<? extends Module> getDependencies() {
    return List.of(new Jdk8Module(), new JavaTimeModule());
  }

  // ---- measures: written by DecisionLayout, the one layout of the JSON form

  private static final class MeasureWriter extends StdSerializer<Measure> {
    private static final long serialVersionUID = 1L;

    MeasureWriter() {
      super(Measure.class);
    }

    @Override
    public void serialize(Measure measure, JsonGenerator json, SerializerProvider provider)
        throws IOException {
      DecisionLayout.measure(measure, new JsonSink.Generator(json, provider));
    }
  }

  private static final class MeasureReader extends StdDeserializer<Measure> {
    private static final long serialVersionUID = 1L;

    MeasureReader() {
      super(Measure.class);
    }

    @Override
    public Measure deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      return measure(object(read(parser, context), "measure", context), context);
    }
  }

  static Measure measure(Map<String, Object> node, DeserializationContext context)
      throws IOException {
    String kind = text(node, "kind", context);
    try {
      switch (kind) {
        case "points":
          return new Measure.Points(decimal(node, "value", context),
              node.containsKey("decimals") ? decimal(node, "decimals", context).intValueExact() : 2,
              RoundingMode.valueOf(optionalText(node, "rounding").orElse("HALF_UP")));
        case "index":
          return node.containsKey("decimals")
              ? new Measure.Index(decimal(node, "value", context),
                  decimal(node, "decimals", context).intValueExact(),
                  RoundingMode.valueOf(optionalText(node, "rounding").orElse("HALF_UP")))
              : new Measure.Index(decimal(node, "value", context));
        case "day":
          return new Measure.Day(LocalDate.parse(text(node, "value", context)));
        case "days":
          return new Measure.Days(decimal(node, "value", context).longValueExact());
        case "steps":
          return new Measure.Steps(decimal(node, "value", context).intValueExact());
        case "term":
          return new Measure.Term(text(node, "value", context));
        case "rated":
          return new Measure.Rated(decimal(node, "value", context), text(node, "grade", context));
        case "window":
          return new Measure.Window(LocalDate.parse(text(node, "opens", context)),
              LocalDate.parse(text(node, "closes", context)));
        default:
          throw new InvalidFieldException("", "kind of a measure must be one of [points, index, "
              + "day, days, steps, term, rated, window], but was \"" + Limits.quote(kind) + "\"");
      }
    } catch (IllegalArgumentException | java.time.DateTimeException | ArithmeticException e) {
      // a value of the measure refused (an unknown kind or rounding, a bad date, a fraction where a
      // whole number belongs); anything else is a bug, not the input's fault
      throw context.instantiationException(Measure.class, unplaced(e));
    }
  }

  // ---- findings

  private static final class FindingWriter extends StdSerializer<Finding> {
    private static final long serialVersionUID = 1L;
    private final Locale messages;

    FindingWriter(Locale messages) {
      super(Finding.class);
      this.messages = messages;
    }

    @Override
    public void serialize(Finding finding, JsonGenerator json, SerializerProvider provider)
        throws IOException {
      DecisionLayout.finding(finding, messages, new JsonSink.Generator(json, provider));
    }
  }

  private static final class FindingReader extends StdDeserializer<Finding> {
    private static final long serialVersionUID = 1L;

    FindingReader() {
      super(Finding.class);
    }

    @Override
    public Finding deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      return finding(object(read(parser, context), "finding", context), context);
    }
  }

  static Finding finding(Map<String, Object> node, DeserializationContext context)
      throws IOException {
    try {
      Finding.Builder finding = Finding.builder()
          .rule(RuleId.ofCode(text(node, "rule", context)))
          .status(Status.valueOf(text(node, "status", context)))
          .target(Predikat.valueOf(text(node, "target", context)))
          .basis(LegalBasis.of(text(node, "basis", context),
              Confidence.valueOf(text(node, "confidence", context))));
      optionalText(node, "area").map(AreaPerubahan::valueOf).ifPresent(finding::area);
      optionalText(node, "node").ifPresent(finding::node);
      optionalText(node, "variant").ifPresent(finding::variant);
      Optional<Map<String, Object>> required = optionalObject(node, "required", context);
      if (required.isPresent()) {
        finding.required(measure(required.get(), context));
      }
      Optional<Map<String, Object>> actual = optionalObject(node, "actual", context);
      if (actual.isPresent()) {
        finding.actual(measure(actual.get(), context));
      }
      Optional<Map<String, Object>> shortfall = optionalObject(node, "shortfall", context);
      if (shortfall.isPresent()) {
        finding.shortfall(measure(shortfall.get(), context));
      }
      Optional<Map<String, Object>> said = optionalObject(node, "context", context);
      if (said.isPresent()) {
        finding.context(measure(said.get(), context));
      }
      return finding.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw context.instantiationException(Finding.class, unplaced(e));
    }
  }

  // ---- decisions

  private static final class DecisionWriter extends StdSerializer<Decision> {
    private static final long serialVersionUID = 1L;
    private final Locale messages;

    DecisionWriter(Locale messages) {
      super(Decision.class);
      this.messages = messages;
    }

    @Override
    public void serialize(Decision decision, JsonGenerator json, SerializerProvider provider)
        throws IOException {
      DecisionLayout.decision(decision, messages, new JsonSink.Generator(json, provider));
    }
  }

  private static final class DecisionReader extends StdDeserializer<Decision> {
    private static final long serialVersionUID = 1L;

    DecisionReader() {
      super(Decision.class);
    }

    @Override
    public Decision deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      Map<String, Object> node = object(read(parser, context), "decision", context);
      try {
        Decision.Builder decision = Decision.builder()
            .target(Predikat.valueOf(text(node, "target", context)))
            .asOf(LocalDate.parse(text(node, "asOf", context)))
            .edition(Edition.valueOf(text(node, "edition", context)));
        optionalText(node, "earliestProposalDate").map(LocalDate::parse)
            .ifPresent(decision::earliestProposalDate);
        Optional<Map<String, Object>> round = optionalObject(node, "earliestProposalRound", context);
        if (round.isPresent()) {
          decision.earliestProposalRound(ProposalRound.builder()
              .year(decimal(round.get(), "year", context).intValueExact())
              .opens(optionalText(round.get(), "opens").map(LocalDate::parse))
              .closes(optionalText(round.get(), "closes").map(LocalDate::parse))
              .closedBy(optionalText(round.get(), "closedBy").map(LocalDate::parse))
              .build());
        }
        Optional<Map<String, Object>> lke = optionalObject(node, "lke", context);
        if (lke.isPresent()) {
          decision.lke(LkeSummary.builder()
              .total(decimal(lke.get(), "total", context))
              .pengungkit(decimal(lke.get(), "pengungkit", context))
              .hasil(decimal(lke.get(), "hasil", context))
              .meets(optionalText(lke.get(), "meets").map(Predikat::valueOf))
              .build());
        }
        Object findings = node.get("findings");
        if (findings instanceof List) {
          for (Object finding : (List<?>) findings) {
            decision.addFindings(finding(object(finding, "finding", context), context));
          }
        }
        return decision.build();
      } catch (IllegalArgumentException | IllegalStateException
          | java.time.format.DateTimeParseException e) {
        throw context.instantiationException(Decision.class, unplaced(e));
      }
    }
  }

  /**
   * {@code e} without the path relative to the object it was met in: these readers read a whole
   * decision as one tree, so Jackson's path is the decision's, and a field's path under it would
   * name the wrong place ({@code $.kind} for a measure of the third finding).
   */
  private static RuntimeException unplaced(RuntimeException e) {
    if (e instanceof ZiException && !((ZiException) e).isAbsolute()
        && !((ZiException) e).path().isEmpty()) {
      return new ZiException("", e.getMessage(), e);
    }
    return e;
  }

  // ---- reading fields: a tree of maps, lists, strings, booleans and exact decimals

  /** The value at the parser, read whole: every number as the exact decimal written. */
  private static Object read(JsonParser parser, DeserializationContext context)
      throws IOException {
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT: {
        Map<String, Object> object = new LinkedHashMap<>();
        for (JsonToken next = parser.nextToken(); next == JsonToken.FIELD_NAME;
            next = parser.nextToken()) {
          String name = parser.currentName();
          if (object.containsKey(name)) {
            // a mapper without strict duplicate detection would let the last one silently win
            throw context.instantiationException(Decision.class, new InvalidFieldException("",
                "a field must appear once, but \"" + Limits.quote(name) + "\" appeared twice"));
          }
          parser.nextToken();
          object.put(name, read(parser, context));
        }
        return object;
      }
      case START_ARRAY: {
        List<Object> array = new ArrayList<>();
        for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY;
            next = parser.nextToken()) {
          array.add(read(parser, context));
        }
        return array;
      }
      case VALUE_STRING:
        return parser.getText();
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return BoundedReaders.decimal(parser);
      case VALUE_TRUE:
      case VALUE_FALSE:
        return parser.getBooleanValue();
      case VALUE_NULL:
        return null;
      default:
        throw context.wrongTokenException(parser, Object.class, token, "expected a JSON value");
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object value, String what,
      DeserializationContext context) throws IOException {
    if (!(value instanceof Map)) {
      throw context.instantiationException(Decision.class,
          new InvalidFieldException("", what + " must be a JSON object, but was "
              + Limits.quote(String.valueOf(value))));
    }
    return (Map<String, Object>) value;
  }

  private static Optional<Map<String, Object>> optionalObject(Map<String, Object> node,
      String field, DeserializationContext context) throws IOException {
    Object value = node.get(field);
    return value == null ? Optional.empty() : Optional.of(object(value, field, context));
  }

  private static String text(Map<String, Object> node, String field,
      DeserializationContext context) throws IOException {
    Object value = node.get(field);
    if (!(value instanceof String)) {
      throw context.instantiationException(Decision.class,
          new InvalidFieldException("", field + " is required as a string, but was "
              + Limits.quote(String.valueOf(value))));
    }
    return (String) value;
  }

  private static Optional<String> optionalText(Map<String, Object> node, String field) {
    Object value = node.get(field);
    return value instanceof String ? Optional.of((String) value) : Optional.empty();
  }

  private static BigDecimal decimal(Map<String, Object> node, String field,
      DeserializationContext context) throws IOException {
    Object value = node.get(field);
    if (!(value instanceof BigDecimal)) {
      throw context.instantiationException(Decision.class,
          new InvalidFieldException("", field + " is required as a number, but was "
              + Limits.quote(String.valueOf(value))));
    }
    return (BigDecimal) value;
  }
}
