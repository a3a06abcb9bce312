package io.github.zi4j.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zi4j.InvalidFieldException;
import io.github.zi4j.ZiParseException;
import java.lang.reflect.Method;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.web.method.annotation.ExceptionHandlerMethodResolver;

@DisplayName("Which answer an exception gets: bad input 422, a bug 500")
class ErrorRoutingTest {

  private final ExceptionHandlerMethodResolver resolver =
      new ExceptionHandlerMethodResolver(ErrorHandling.class);

  private String handlerOf(Throwable e) {
    Method method = resolver.resolveMethodByThrowable(e);
    return method == null ? "none" : method.getName();
  }

  @Test
  @DisplayName("a plain IllegalArgumentException is a bug: it goes to the 500 handler, never 422")
  void plainIllegalArgumentIsABug() {
    assertThat(handlerOf(new IllegalArgumentException("a bug"))).isEqualTo("unforeseen");
    assertThat(handlerOf(new IllegalStateException("a bug"))).isEqualTo("unforeseen");
  }

  @Test
  @DisplayName("a value refused by zi4j is bad input (422), its path made absolute in the body")
  void refusedValueIsBadInput() {
    InvalidFieldException refused = new InvalidFieldException("lke.edition",
        "a worksheet answered for PERMENPANRB_90_2021 cannot be scored with template X");

    assertThat(handlerOf(refused)).isEqualTo("badValue");
    ResponseEntity<byte[]> answer = new ErrorHandling().badValue(refused);
    assertThat(answer.getStatusCode().value()).isEqualTo(422);
    assertThat(new String(answer.getBody(), java.nio.charset.StandardCharsets.UTF_8))
        .contains("$.lke.edition").contains("PERMENPANRB_90_2021");
  }

  @Test
  @DisplayName("a file that cannot be read is bad input (422) at its JSON path")
  void parseErrorIsBadInput() {
    assertThat(handlerOf(new ZiParseException("body", "$.asOf", "not a date", null)))
        .isEqualTo("badInput");
  }
}
