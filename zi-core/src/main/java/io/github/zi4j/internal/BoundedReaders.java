package io.github.zi4j.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The readers of numbers and dates that hold them to the {@link Limits} as they are read, before any
 * value is made of them, and the writer of numbers that lets every number written be read back
 * {@code equals}. Not API.
 */
public final class BoundedReaders {

  private BoundedReaders() {}

  /**
   * A module with the bounded readers of {@link BigDecimal} and {@link LocalDate}, and the exact writer
   * of {@link BigDecimal}.
   *
   * @return the module, to register after Jackson's Java time module
   */
  public static SimpleModule module() {
    SimpleModule module = new SimpleModule("zi4j-limits");
    module.addSerializer(BigDecimal.class, new DecimalWriter());
    module.addDeserializer(BigDecimal.class, new DecimalReader());
    module.addDeserializer(LocalDate.class, new DateReader());
    module.setDeserializerModifier(new BeanDeserializerModifier() {
      private static final long serialVersionUID = 1L;

      @Override
      public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
          BeanDescription description, JsonDeserializer<?> deserializer) {
        return new UntrimmedEnumReader(deserializer, type.getRawClass());
      }
    });
    return module;
  }

  /**
   * {@code value} {@link Limits#normalised(BigDecimal) normalised} (a zero of any exponent is 0), or
   * a mapping error at the parser naming the limit it breaks: the one place every reader of numbers
   * passes through.
   *
   * @param parser the parser, for the place
   * @param value the number read
   * @return the number to keep
   * @throws JsonMappingException when the number is outside the limits
   */
  public static BigDecimal bounded(JsonParser parser, BigDecimal value) throws JsonMappingException {
    Optional<String> problem = Limits.number(value);
    if (problem.isPresent()) {
      throw JsonMappingException.from(parser, problem.get());
    }
    return Limits.normalised(value);
  }

  /**
   * The number at the parser, held to the limits; a number whose exponent Java cannot even hold is a
   * mapping error too, never a {@link NumberFormatException}.
   *
   * @param parser the parser, at a number
   * @return the number
   * @throws IOException when the number is outside the limits, or cannot be read
   */
  public static BigDecimal decimal(JsonParser parser) throws IOException {
    BigDecimal value;
    try {
      value = parser.getDecimalValue();
    } catch (NumberFormatException e) {
      throw JsonMappingException.from(parser, Limits.OUT_OF_RANGE);
    }
    return bounded(parser, value);
  }

  /**
   * Writes a number plainly ({@code 20.50}, never {@code 2.050E+1}), except one of negative scale,
   * which plain text would turn into another {@code BigDecimal} ({@code 2E+1} read back as {@code 20}
   * is not {@code equals} to it): that one keeps its exponent.
   */
  private static final class DecimalWriter extends StdSerializer<BigDecimal> {
    private static final long serialVersionUID = 1L;

    DecimalWriter() {
      super(BigDecimal.class);
    }

    @Override
    public void serialize(BigDecimal value, JsonGenerator generator, SerializerProvider provider)
        throws IOException {
      if (value.scale() < 0) {
        generator.writeNumber(value.toString());
      } else {
        generator.writeNumber(value);
      }
    }
  }

  private static final class DecimalReader extends StdDeserializer<BigDecimal> {
    private static final long serialVersionUID = 1L;

    DecimalReader() {
      super(BigDecimal.class);
    }

    @Override
    public BigDecimal deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      JsonToken token = parser.currentToken();
      if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
        return (BigDecimal) context.handleUnexpectedToken(BigDecimal.class, parser);
      }
      return decimal(parser);
    }
  }

  /**
   * An enum's reader that refuses a value with spaces around it ({@code " WBK"}), which Jackson
   * would trim and accept: the schema allows only the names themselves.
   */
  private static final class UntrimmedEnumReader extends DelegatingDeserializer {
    private static final long serialVersionUID = 1L;

    private final Class<?> type;

    UntrimmedEnumReader(JsonDeserializer<?> delegate, Class<?> type) {
      super(delegate);
      this.type = type;
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
      return new UntrimmedEnumReader(delegate, type);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      if (parser.currentToken() == JsonToken.VALUE_STRING) {
        String text = parser.getText();
        if (!text.equals(text.strip()) || !text.equals(text.trim())) {
          throw context.weirdStringException(Limits.quote(text), type,
              "spaces around a name are not allowed");
        }
      }
      return super.deserialize(parser, context);
    }
  }

  private static final class DateReader extends StdDeserializer<LocalDate> {
    private static final long serialVersionUID = 1L;

    DateReader() {
      super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      if (parser.currentToken() != JsonToken.VALUE_STRING) {
        return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
      }
      String text = parser.getText();
      LocalDate date;
      try {
        date = LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw context.weirdStringException(Limits.quote(text), LocalDate.class,
            "not a date in ISO format yyyy-MM-dd");
      }
      Optional<String> problem = Limits.date(date);
      if (problem.isPresent()) {
        throw JsonMappingException.from(parser, problem.get());
      }
      return date;
    }
  }
}
