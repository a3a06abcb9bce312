package io.github.zi4j.lke;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Writes a score's points without trailing zeros ({@code 2.4}, not {@code 2.4000000000}): scoring
 * keeps whatever scale its arithmetic gave, and the zeros are stripped only when written.
 */
final class StrippedDecimal extends StdSerializer<BigDecimal> {
  private static final long serialVersionUID = 1L;

  StrippedDecimal() {
    super(BigDecimal.class);
  }

  @Override
  public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeNumber(value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros());
  }
}
