package io.github.zi4j.server;

import io.github.zi4j.ZiException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.zi4j.ZiException;
import io.github.zi4j.ZiJson;
import io.github.zi4j.ZiParseException;
import io.github.zi4j.lke.LkeScore;
import io.github.zi4j.lke.LkeScorer;
import io.github.zi4j.lke.LkeTemplates;
import io.github.zi4j.lke.LkeWeights;
import io.github.zi4j.lke.MissingAnswers;
import io.github.zi4j.lke.Role;
import io.github.zi4j.lke.Worksheet;
import io.github.zi4j.portalrb.InvalidJawabanException;
import io.github.zi4j.planning.EarliestRound;
import io.github.zi4j.planning.GapOptions;
import io.github.zi4j.planning.GapPlan;
import io.github.zi4j.planning.Lever;
import io.github.zi4j.planning.PlanJson;
import io.github.zi4j.planning.Planner;
import io.github.zi4j.portalrb.JawabanUnit;
import io.github.zi4j.proposal.Proposal;
import io.github.zi4j.rules.DecisionEngine;
import io.github.zi4j.rules.DecisionJson;
import io.github.zi4j.unit.Predikat;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The instansi's own tools, with an operator token: a decision on a case file, the score of a
 * worksheet and a plan, as the command line's {@code decide}, {@code score --json} and {@code plan
 * --json} print them.
 */
@RestController
@Tag(name = "Tools", description = "The instansi's own tools, with an operator token")
@SecurityRequirement(name = "bearer")
final class ToolsController {

  /** The name bad input is reported under. */
  private static final String BODY = "request body";

  private final DecisionEngine engine;
  private final Planner planner;
  private final long maxBodyBytes;

  ToolsController(ServerSettings settings) {
    this.engine = CatalogLoader.engine(settings);
    this.planner = Planner.of(engine);
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

  @Operation(summary = "Plans a unit's way to WBK or WBBM",
      description = "A case file, a worksheet or a /lke/jawaban-unit response; for a case the"
          + " earliest round its unit can enter for the target (target, else the case's; planned"
          + " as of asOf, else the case's), and from a worksheet the smallest set of answer"
          + " changes that meets every threshold of the target and the biggest single changes;"
          + " the plan as zi4j plan --json prints it; 422 names the JSON path of bad input")
  @PostMapping(value = "/plan", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<byte[]> plan(HttpServletRequest request,
      @RequestParam(name = "target", required = false) Optional<String> targetName,
      @RequestParam(name = "allow-surveys", defaultValue = "false") String surveys,
      @RequestParam(name = "asOf", required = false) Optional<String> asOfText,
      @RequestParam(name = "levers", defaultValue = "10") String leverCount) throws IOException {
    Optional<Predikat> target = targetName.map(name -> {
      try {
        return Predikat.valueOf(name.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw ApiError.unprocessable("target", "must be WBK or WBBM, but was \""
            + CatalogLoader.cut(name) + "\"");
      }
    });
    Optional<LocalDate> asOf = asOfText.map(text -> {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw ApiError.unprocessable("asOf", "must be a day as yyyy-MM-dd, but was \""
            + CatalogLoader.cut(text) + "\"");
      }
    });
    if (!surveys.equalsIgnoreCase("true") && !surveys.equalsIgnoreCase("false")) {
      throw ApiError.unprocessable("allow-surveys", "must be true or false, but was \""
          + CatalogLoader.cut(surveys) + "\"");
    }
    boolean allowSurveys = surveys.equalsIgnoreCase("true");
    if (!leverCount.matches("[0-9]{1,4}") || Integer.parseInt(leverCount) > 1000) {
      throw ApiError.unprocessable("levers", "must be a count from 0 to 1000, but was \""
          + CatalogLoader.cut(leverCount) + "\"");
    }
    int levers = Integer.parseInt(leverCount);
    byte[] body = Bodies.read(request, maxBodyBytes);
    JsonNode tree = ZiJson.read(body, BODY, JsonNode.class);
    Optional<Proposal> proposal = tree.has("asOf")
        ? Optional.of(ZiJson.read(body, BODY, Proposal.class)) : Optional.empty();
    Optional<Worksheet> worksheet;
    String at;
    if (proposal.isPresent()) {
      worksheet = proposal.get().lke().filter(Worksheet.class::isInstance)
          .map(Worksheet.class::cast);
      at = "$.lke";
    } else if (tree.has("unit_id") && tree.has("answers")) {
      try {
        worksheet = Optional.of(ZiJson.read(body, BODY, JawabanUnit.class).toWorksheet());
      } catch (InvalidJawabanException e) {
        throw new ZiParseException(BODY, e.path(), e.getMessage(), e);
      }
      at = "$";
    } else {
      worksheet = Optional.of(ZiJson.read(body, BODY, Worksheet.class));
      at = "$";
    }
    Predikat aim = target.or(() -> proposal.map(Proposal::target)).orElseThrow(() ->
        ApiError.unprocessable("target", "a worksheet names no target: give target=WBK or"
            + " target=WBBM"));
    Map<String, Object> plan = new LinkedHashMap<>();
    proposal.ifPresent(p -> plan.put("earliestRound", earliestRound(p, aim, asOf)));
    if (worksheet.isPresent()) {
      Worksheet sheet = worksheet.get();
      checkPlannable(sheet, at);
      GapOptions options = GapOptions.of(aim).withHasil(allowSurveys);
      try {
        GapPlan gap = planner.smallestGap(sheet, options);
        List<Lever> biggest = levers == 0 ? List.of() : planner.levers(sheet, options).stream()
            .filter(lever -> lever.points().signum() > 0).limit(levers).toList();
        plan.put("gap", gap);
        plan.put("levers", biggest);
      } catch (ZiException e) {
        throw placed(e, at);
      }
    }
    return json(PlanJson.write(plan));
  }

  private EarliestRound earliestRound(Proposal proposal, Predikat target,
      Optional<LocalDate> asOf) {
    return planner.earliestRound(proposal.unit(), target, asOf.orElse(proposal.asOf()));
  }

  /**
   * Refuses, at {@code at} (the worksheet's place in the body), a worksheet the planner cannot
   * start from: of an edition without the area-level form, with an answer its soal does not take,
   * or incomplete.
   */
  private static void checkPlannable(Worksheet worksheet, String at) {
    String prefix = at.equals("$") ? "$." : at + ".";
    if (!LkeWeights.hasAreaLevelForm(worksheet.edition())) {
      throw new ZiParseException(BODY, prefix + "edition", "planning reads the LKE of"
          + " PermenPANRB 90/2021, but the worksheet is of " + worksheet.edition(), null);
    }
    Role role = worksheet.decidingRole();
    LkeScore score;
    try {
      score = LkeScorer.bundled(worksheet.edition()).score(worksheet, role, MissingAnswers.REPORT);
    } catch (ZiException e) {
      throw placed(e, at);
    }
    if (!score.complete()) {
      throw new ZiParseException(BODY, prefix + "answers." + role, "a plan starts from a complete"
          + " worksheet, but " + score.unanswered().size() + " question(s) are unanswered: "
          + CatalogLoader.cut(String.join(", ", score.unanswered())), null);
    }
  }

  /** {@code e}, met on the worksheet at {@code at} ({@code $} or {@code $.lke}), at its place. */
  private static ZiParseException placed(ZiException e, String at) {
    return ZiParseException.of(BODY, at.equals("$") ? e : e.within("lke"));
  }

  private static ResponseEntity<byte[]> json(String body) {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
        .body(body.getBytes(StandardCharsets.UTF_8));
  }
}
