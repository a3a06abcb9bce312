package io.github.zi4j.server;

import static io.github.zi4j.server.ServerRun.PESAWARAN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("TLS, as PortalRB requires HTTPS, configured with Spring Boot's server.ssl settings")
class TlsTest {

  @TempDir
  Path folder;

  private static final String PASSWORD = "uji-tls-sandi";

  @Test
  @DisplayName("with a keystore made by keytool, the server answers PortalRB over HTTPS")
  void servesOverHttps() throws Exception {
    Path data = Files.createDirectory(folder.resolve("data"));
    Path keystore = folder.resolve("server.p12");
    keytool(keystore);
    Map<String, Object> settings = ServerRun.settings(ServerRun.testData(data));
    settings.put("server.ssl.enabled", "true");
    settings.put("server.ssl.key-store", keystore.toString());
    settings.put("server.ssl.key-store-type", "PKCS12");
    settings.put("server.ssl.key-store-password", PASSWORD);
    settings.put("server.ssl.key-alias", "zi-server");
    HttpClient client = HttpClient.newBuilder().sslContext(trusting(keystore)).build();

    try (ServerRun server = ServerRun.start(settings, "https", client)) {
      assertThat(server.base()).startsWith("https://");
      assertThat(server.get("/pengusulan/unit-wbk", PESAWARAN_TOKEN).statusCode())
          .isEqualTo(200);
    }
  }

  /** Makes a self-signed key pair for localhost with the JDK's keytool, its output kept aside. */
  private static void keytool(Path keystore) throws IOException, InterruptedException {
    Path tool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    Process process = new ProcessBuilder(List.of(tool.toString(), "-genkeypair", "-alias",
        "zi-server", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2", "-dname",
        "CN=localhost", "-ext", "san=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12",
        "-keystore", keystore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD))
        .redirectErrorStream(true).start();
    String output;
    try (InputStream in = process.getInputStream()) {
      output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(process.waitFor()).as("keytool: " + output).isZero();
  }

  /** A TLS context that trusts the certificate of {@code keystore}, and nothing else. */
  private static SSLContext trusting(Path keystore) throws IOException, GeneralSecurityException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keystore)) {
      store.load(in, PASSWORD.toCharArray());
    }
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(store);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, trust.getTrustManagers(), null);
    return context;
  }
}
