package io.github.zi4j.server;

import io.github.zi4j.ZiException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.zi4j.ZiJson;
import io.github.zi4j.ZiParseException;
import io.github.zi4j.lke.LkeScore;
import io.github.zi4j.lke.LkeScorer;
import io.github.zi4j.lke.LkeTemplates;
import io.github.zi4j.lke.MissingAnswers;
import io.github.zi4j.lke.Role;
import io.github.zi4j.lke.Worksheet;
import io.github.zi4j.portalrb.InvalidJawabanException;
import io.github.zi4j.portalrb.JawabanUnit;
import io.github.zi4j.proposal.Proposal;
import io.github.zi4j.rules.DecisionEngine;
import io.github.zi4j.rules.DecisionJson;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The instansi's own tools, with an operator token: a decision on a case file and the score of a
 * worksheet, as the command line's {@code decide} and {@code score --json} print them.
 */
@RestController
@Tag(name = "Tools", description = "The instansi's own tools, with an operator token")
@SecurityRequirement(name = "bearer")
final class ToolsController {

  /** The name bad input is reported under. */
  private static final String BODY = "request body";

  private final DecisionEngine engine;
  private final long maxBodyBytes;

  ToolsController(ServerSettings settings) {
    this.engine = CatalogLoader.engine(settings);
    this.maxBodyBytes = settings.maxBodyBytes();
  }

  @Operation(summary = "Decides on a case file (a Proposal JSON)",
      description = "The decision with every finding, as zi4j decide prints it; 422 names the JSON"
          + " path of bad input")
  @PostMapping(value = "/decide", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<byte[]> decide(HttpServletRequest request,
      @RequestParam(name = "lang", defaultValue = "id") String lang) throws IOException {
    byte[] body = Bodies.read(request, maxBodyBytes);
    Proposal proposal = ZiJson.read(body, BODY, Proposal.class);
    Locale locale = Bodies.locale(lang);
    return json(DecisionJson.write(CatalogLoader.decide(engine, BODY, proposal), locale));
  }

  @Operation(summary = "Scores a worksheet, or PortalRB's answers of a unit",
      description = "zi4j's worksheet JSON or a /lke/jawaban-unit response; role SELF (the unit's"
          + " answers) or TPI; the score as zi4j score --json prints it")
  @PostMapping(value = "/score", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<byte[]> score(HttpServletRequest request,
      @RequestParam(name = "role", defaultValue = "SELF") String roleName) throws IOException {
    Role role;
    try {
      role = Role.valueOf(roleName.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiError.unprocessable("role", "must be SELF or TPI, but was \""
          + CatalogLoader.cut(roleName) + "\"");
    }
    byte[] body = Bodies.read(request, maxBodyBytes);
    JsonNode tree = ZiJson.read(body, BODY, JsonNode.class);
    Worksheet worksheet;
    if (tree.has("unit_id") && tree.has("answers")) {
      try {
        worksheet = ZiJson.read(body, BODY, JawabanUnit.class).toWorksheet();
      } catch (InvalidJawabanException e) {
        throw new ZiParseException(BODY, e.path(), e.getMessage(), e);
      }
    } else {
      worksheet = ZiJson.read(body, BODY, Worksheet.class);
    }
    LkeScore score;
    try {
      score = LkeScorer.of(LkeTemplates.bundled(worksheet.edition()))
          .score(worksheet, role, MissingAnswers.REPORT);
    } catch (ZiException e) {
      // at its place in the worksheet: $.answers.SELF.S2, $.edition
      throw ZiParseException.of(BODY, e);
    }
    return json(ZiJson.write(score));
  }

  private static ResponseEntity<byte[]> json(String body) {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
        .body(body.getBytes(StandardCharsets.UTF_8));
  }
}
