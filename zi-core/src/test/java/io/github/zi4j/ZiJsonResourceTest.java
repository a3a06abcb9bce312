package io.github.zi4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.zi4j.internal.Resources;
import io.github.zi4j.lke.LkeTemplate;
import io.github.zi4j.lke.LkeTemplates;
import io.github.zi4j.regulation.Edition;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Data a jar ships is read from the resource its own module opens")
class ZiJsonResourceTest {

  @Test
  @DisplayName("a resource beside a class reads as the value it holds")
  void readsBesideTheAnchor() {
    // when
    String name = "templates/permenpanrb-52-2014.json";
    LkeTemplate template = Resources.read(LkeTemplates.class.getResourceAsStream(name), name,
        LkeTemplates.class, LkeTemplate.class);

    // then
    assertThat(template).isEqualTo(LkeTemplates.bundled(Edition.PERMENPANRB_52_2014));
  }

  @Test
  @DisplayName("a missing resource is a ZiException naming the resource and where it was looked for")
  void missingResource() {
    assertThatExceptionOfType(ZiException.class)
        .isThrownBy(() -> Resources.read(LkeTemplates.class.getResourceAsStream("nope.json"),
            "nope.json", LkeTemplates.class, LkeTemplate.class))
        .withMessage("the resource nope.json must be on the class path beside "
            + "io.github.zi4j.lke.LkeTemplates, but is missing");
  }
}
