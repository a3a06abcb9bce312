package io.github.zi4j.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zi4j.regulation.Confidence;
import io.github.zi4j.regulation.LegalBasis;
import io.github.zi4j.rules.explain.Messages;
import io.github.zi4j.unit.Predikat;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A finding is a value: it keeps what it was made with")
class FindingTest {

  private static final LegalBasis BASIS = LegalBasis.of("uji", Confidence.SURE);

  @Test
  @DisplayName("every rule, status and variant the bundles have a sentence for, for either target,"
      + " is what the finding gives back, and no two of these findings are equal")
  void keepsItsRuleStatusAndTarget() {
    // given: every sentence key of the bundle, rule.STATUS[.variant]
    Set<String> keys = sentenceKeys();
    Set<Finding> made = new HashSet<>();
    for (String key : keys) {
      String[] parts = key.split("\\.", 3);
      RuleId rule = Arrays.stream(RuleId.values()).filter(r -> r.code().equals(parts[0]))
          .findFirst().orElseThrow();
      Status status = Status.valueOf(parts[1]);
      Optional<String> variant = parts.length > 2 ? Optional.of(parts[2]) : Optional.empty();
      for (Predikat target : Predikat.values()) {
        // when
        Finding finding = Finding.builder().rule(rule).status(status).target(target)
            .variant(variant).basis(BASIS).build();

        // then: a finding keeps its rule, status and target in one number, and gives each back
        assertThat(finding.rule()).isEqualTo(rule);
        assertThat(finding.status()).isEqualTo(status);
        assertThat(finding.target()).isEqualTo(target);
        assertThat(finding.variant()).isEqualTo(variant);
        assertThat(made.add(finding)).as("%s for %s is a value of its own", key, target).isTrue();
      }
    }
    assertThat(made).hasSize(keys.size() * Predikat.values().length);
    assertThat(made).extracting(Finding::rule).containsAll(Arrays.asList(RuleId.values()));
  }

  /** The finding sentences of the Bahasa bundle: keys that start with a rule's code. */
  private static Set<String> sentenceKeys() {
    Properties bundle = new Properties();
    try (Reader in = new InputStreamReader(
        Messages.class.getResourceAsStream("messages.properties"), StandardCharsets.UTF_8)) {
      bundle.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Set<String> codes = new HashSet<>();
    for (RuleId rule : RuleId.values()) {
      codes.add(rule.code());
    }
    Set<String> keys = new HashSet<>();
    for (String key : bundle.stringPropertyNames()) {
      String[] parts = key.split("\\.", 3);
      if (parts.length >= 2 && codes.contains(parts[0])
          && Arrays.stream(Status.values()).anyMatch(s -> s.name().equals(parts[1]))) {
        keys.add(key);
      }
    }
    return keys;
  }
}
