package io.github.zi4j.lke;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** Writes an answer as JSON. */
final class AnswerWriter extends StdSerializer<Answer> {
  private static final long serialVersionUID = 1L;

  AnswerWriter() {
    super(Answer.class);
  }

  @Override
  public void serialize(Answer answer, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    if (answer instanceof Answer.YesNo || answer instanceof Answer.Option) {
      gen.writeString(answer.toString());
    } else if (answer instanceof Answer.Number) {
      gen.writeNumber(((Answer.Number) answer).value());
    } else if (answer instanceof Answer.Count) {
      Answer.Count count = (Answer.Count) answer;
      gen.writeStartObject();
      gen.writeNumberField("done", count.done());
      gen.writeNumberField("required", count.required());
      gen.writeEndObject();
    } else {
      Answer.Change change = (Answer.Change) answer;
      gen.writeStartObject();
      gen.writeNumberField("lastYear", change.lastYear());
      gen.writeNumberField("thisYear", change.thisYear());
      gen.writeEndObject();
    }
  }
}
