package io.github.zi4j.server;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * The zi4j server: {@code java -jar zi-server.jar --data DIR}, and {@code java -jar zi-server.jar
 * hash-token} to print the SHA-256 of a token read from standard input, as the settings keep it.
 */
@SpringBootApplication
@EnableConfigurationProperties(ServerSettings.class)
public class ZiServerApplication {

  /** Made by Spring. */
  ZiServerApplication() {}

  /**
   * Starts the server, or hashes a token.
   *
   * @param args {@code --data DIR} and any Spring Boot option ({@code --server.port=8443},
   *     {@code --spring.config.import=file:zi-server.yml}); or {@code hash-token}
   * @throws IOException when {@code hash-token} cannot read standard input
   */
  public static void main(String[] args) throws IOException {
    if (args.length == 1 && args[0].equals("hash-token")) {
      hashToken(new String(System.in.readAllBytes(), StandardCharsets.UTF_8), System.out);
      return;
    }
    SpringApplication.run(ZiServerApplication.class, springArgs(args));
  }

  /**
   * The arguments as Spring reads them: {@code --data DIR} (or {@code --data=DIR}) becomes {@code
   * --zi.server.data=DIR}; the others are kept.
   *
   * @param args the command line
   * @return Spring's arguments
   */
  static String[] springArgs(String[] args) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--data") && i + 1 < args.length) {
        out.add("--zi.server.data=" + args[++i]);
      } else if (args[i].startsWith("--data=")) {
        out.add("--zi.server.data=" + args[i].substring("--data=".length()));
      } else {
        out.add(args[i]);
      }
    }
    return out.toArray(new String[0]);
  }

  /** Prints the SHA-256 of {@code input}'s first line, the token, without its line end. */
  static void hashToken(String input, PrintStream out) {
    String token = input.lines().findFirst().orElse("").strip();
    if (token.isEmpty()) {
      throw new IllegalArgumentException("hash-token reads a token from standard input, but got"
          + " none: printf %s \"$TOKEN\" | java -jar zi-server.jar hash-token");
    }
    out.println(Tokens.sha256Hex(token));
  }

  /**
   * The OpenAPI description's title and its bearer scheme.
   *
   * @return the description's head
   */
  @Bean
  OpenAPI openApi() {
    return new OpenAPI()
        .info(new Info().title("zi4j instansi API for PortalRB")
            .description("The three endpoints PortalRB pulls (Panduan Teknis API Integrasi ZI,"
                + " v1.0.0, 2026), the operator's view and tools. Errors: {\"error\": true,"
                + " \"code\", \"message\"}."))
        .components(new Components().addSecuritySchemes("bearer", new SecurityScheme()
            .type(SecurityScheme.Type.HTTP).scheme("bearer")));
  }

  /**
   * Actuator's health: DOWN until the data folder has been read whole once; UP after, with the
   * last read's failure, if any, as a detail.
   *
   * @param data the data folder
   * @return the indicator
   */
  @Bean
  HealthIndicator dataFolderHealth(DataFolder data) {
    return () -> {
      Health.Builder health = data.catalog().isPresent() ? Health.up() : Health.down();
      data.catalog().ifPresent(c -> health.withDetail("units", c.units().size()));
      data.status().error().ifPresent(e -> health.withDetail("lastReadFailed", e.file()));
      return health.build();
    };
  }
}
