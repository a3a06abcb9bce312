package io.github.zi4j.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Tokens are kept as SHA-256 hashes, never as themselves")
class TokensTest {

  @TempDir
  Path folder;

  @Test
  @DisplayName("hash-token prints the SHA-256 of the token read, without its line end")
  void hashToken() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    ZiServerApplication.hashToken("abc\n", new PrintStream(out, true, StandardCharsets.UTF_8));

    // FIPS 180-2's example: SHA-256("abc")
    assertThat(out.toString(StandardCharsets.UTF_8).strip())
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  @DisplayName("hash-token refuses an empty input, saying how to give a token")
  void hashTokenEmpty() {
    assertThatThrownBy(() -> ZiServerApplication.hashToken("\n", System.out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("printf %s \"$TOKEN\" | java -jar zi-server.jar hash-token");
  }

  @Test
  @DisplayName("--data DIR is the data folder, as --zi.server.data=DIR; other options are kept")
  void dataOption() {
    assertThat(ZiServerApplication.springArgs(new String[] {"--data", "cases",
        "--server.port=9000"})).containsExactly("--zi.server.data=cases", "--server.port=9000");
  }

  @Test
  @DisplayName("the server does not start with a hash that is not 64 hex digits, and names the"
      + " setting")
  void badHashRefused() {
    Map<String, Object> settings = ServerRun.settings(ServerRun.testData(folder));
    settings.put("zi.server.portalrb-tokens[1].sha256", "rahasia");

    assertThatThrownBy(() -> ServerRun.start(settings).close())
        .hasRootCauseMessage("zi.server.portalrb-tokens[1].sha256 must be a token's SHA-256 as 64"
            + " hex digits (printf %s \"$TOKEN\" | sha256sum), but was 7 characters");
  }

  @Test
  @DisplayName("the server does not start with one token given to two holders")
  void tokenGivenTwice() {
    Map<String, Object> settings = ServerRun.settings(ServerRun.testData(folder));
    settings.put("zi.server.operator-tokens[0].sha256",
        Tokens.sha256Hex(ServerRun.PESAWARAN_TOKEN));

    assertThatThrownBy(() -> ServerRun.start(settings).close())
        .hasRootCauseMessage("zi.server.operator-tokens[0] (uji) has the hash of"
            + " zi.server.portalrb-tokens[0]: each token is given once, to one holder");
  }
}
