package io.github.zi4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("One language policy: Indonesian for an Indonesian locale, English for any other")
class LanguageTest {

  @Test
  @DisplayName("a locale in Indonesian (id, id-ID, or in, the code older Java used) reads Bahasa Indonesia")
  void indonesian() {
    assertThat(Language.of(Locale.forLanguageTag("id"))).isEqualTo(Language.INDONESIAN);
    assertThat(Language.of(Locale.forLanguageTag("id-ID"))).isEqualTo(Language.INDONESIAN);
    assertThat(Language.of(Locale.forLanguageTag("in-ID"))).isEqualTo(Language.INDONESIAN);
  }

  @Test
  @DisplayName("any other locale reads English, Javanese and Malay included, so no reader gets a language zi4j does not write")
  void english() {
    assertThat(Language.of(Locale.ENGLISH)).isEqualTo(Language.ENGLISH);
    assertThat(Language.of(Locale.forLanguageTag("jv"))).isEqualTo(Language.ENGLISH);
    assertThat(Language.of(Locale.forLanguageTag("ms-MY"))).isEqualTo(Language.ENGLISH);
    assertThat(Language.of(Locale.ROOT)).isEqualTo(Language.ENGLISH);
  }

  @Test
  @DisplayName("a text asked for without a locale is in Bahasa Indonesia, the regulation's language")
  void defaultIsIndonesian() {
    assertThat(Language.DEFAULT).isEqualTo(Language.INDONESIAN);
    assertThat(Language.DEFAULT.pick("ya", "yes")).isEqualTo("ya");
    assertThat(Language.ENGLISH.pick("ya", "yes")).isEqualTo("yes");
    assertThat(Language.INDONESIAN.locale().getLanguage()).isEqualTo("id");
  }
}
