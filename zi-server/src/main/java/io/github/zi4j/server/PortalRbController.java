package io.github.zi4j.server;

import io.github.zi4j.ZiException;
import io.github.zi4j.ZiJson;
import io.github.zi4j.rules.portalrb.DaftarUnit;
import io.github.zi4j.unit.UnitIds;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The three endpoints PortalRB pulls from an instansi, each answering for the instansi of the
 * request's token only: the units proposed for WBK and for WBBM in the round served, and a proposed
 * unit's LKE answers.
 */
@RestController
@Tag(name = "PortalRB", description = "What PortalRB pulls, with a PortalRB token of one instansi")
@SecurityRequirement(name = "bearer")
final class PortalRbController {

  private final DataFolder data;

  PortalRbController(DataFolder data) {
    this.data = data;
  }

  @Operation(summary = "The units proposed for WBK (and WBK-AFIRMASI)",
      description = "{\"tahun\", \"units\": [{\"id\", \"nama\", \"kategori\", \"afirmasi\"}]}: the"
          + " token's instansi's units whose decision is ELIGIBLE for the round served")
  @GetMapping(value = "/pengusulan/unit-wbk", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<byte[]> unitWbk(HttpServletRequest request) {
    return lists(request, true);
  }

  @Operation(summary = "The units proposed for WBBM",
      description = "As unit-wbk, with kategori WBBM; empty unless the instansi meets the round's"
          + " WBBM criteria")
  @GetMapping(value = "/pengusulan/unit-wbbm", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<byte[]> unitWbbm(HttpServletRequest request) {
    return lists(request, false);
  }

  private ResponseEntity<byte[]> lists(HttpServletRequest request, boolean wbk) {
    Access access = (Access) request.getAttribute(Access.ATTRIBUTE);
    Catalog catalog = data.require();
    Catalog.Lists lists = catalog.instansi().get(access.instansi());
    if (lists == null) {
      int year = catalog.tahun().orElse(LocalDate.now(DataFolder.ZONE).getYear());
      return json(ZiJson.write(new DaftarUnit(year, List.of())).getBytes(StandardCharsets.UTF_8));
    }
    return json(wbk ? lists.wbk() : lists.wbbm());
  }

  @Operation(summary = "A proposed unit's LKE answers",
      description = "{\"unit_id\", \"nama_unit\", \"tahun\", \"answers\": [{\"soal_id\","
          + " \"jawaban_unit\", ...}]}; 404 for a unit not proposed or without answers, 403 for"
          + " another instansi's unit, 422 for an id that is not an id")
  @GetMapping(value = "/lke/jawaban-unit/{unit_id}", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<byte[]> jawabanUnit(HttpServletRequest request,
      @Parameter(description = "the unit's id, as the lists give it")
      @PathVariable("unit_id") String unitId) {
    Access access = (Access) request.getAttribute(Access.ATTRIBUTE);
    if (!UnitIds.isValid(unitId)) {
      try {
        UnitIds.check("unit_id", unitId);
      } catch (ZiException e) {
        throw ApiError.unprocessable("unit_id", e.getMessage());
      }
    }
    Catalog catalog = data.require();
    Catalog.Unit unit = catalog.unit(access.instansi(), unitId).orElseThrow(() ->
        catalog.anotherHas(access.instansi(), unitId)
            ? ApiError.forbidden("the unit \"" + unitId + "\" is not one of this token's"
                + " instansi")
            : ApiError.notFound("no unit has the id \"" + unitId + "\""));
    if (unit.listed().isEmpty()) {
      throw ApiError.notFound("the unit \"" + unit.id() + "\" is not among the units proposed"
          + catalog.tahun().stream().mapToObj(y -> " for the round of " + y).findFirst()
              .orElse(" (no round is open)"));
    }
    return json(unit.jawaban().orElseThrow(() -> ApiError.notFound("the unit \"" + unit.id()
        + "\" has no LKE answers yet")));
  }

  private static ResponseEntity<byte[]> json(byte[] body) {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
  }
}
