package io.github.zi4j.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.zi4j.ZiJson;
import io.github.zi4j.rules.DecisionJson;
import io.github.zi4j.rules.portalrb.Catatan;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The operator's view, with an operator token: every unit of every instansi served, with its
 * decision and why it is or is not listed, and the data folder's last read.
 */
@RestController
@Tag(name = "Operator", description = "The instansi's own view, with an operator token")
@SecurityRequirement(name = "bearer")
final class OperatorController {

  private final DataFolder data;

  OperatorController(DataFolder data) {
    this.data = data;
  }

  @Operation(summary = "Every unit with its decision and why it is or is not listed",
      description = "The round served, the data folder's last read (and the file that stopped it),"
          + " and per unit: id, nama, instansi, file, target, eligibility, listed, kategori, why"
          + " (sentences) and the decision with its findings")
  @GetMapping(value = "/operator/units", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<byte[]> units(@Parameter(description = "en for English, else Bahasa Indonesia")
      @RequestParam(name = "lang", defaultValue = "id") String lang) {
    return view(Bodies.locale(lang));
  }

  @Operation(summary = "Reads the data folder again now",
      description = "As the server does by itself when a file changes; a folder that cannot be"
          + " read leaves the last good data served, and the answer says why")
  @PostMapping(value = "/operator/reload", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<byte[]> reload(@RequestParam(name = "lang", defaultValue = "id") String lang) {
    data.reload(true);
    return view(Bodies.locale(lang));
  }

  private ResponseEntity<byte[]> view(Locale locale) {
    boolean indonesian = !"en".equals(locale.getLanguage());
    ObjectNode root = ZiJson.mapper().createObjectNode();
    Optional<Catalog> catalog = data.catalog();
    DataFolder.Status status = data.status();
    ObjectNode read = root.putObject("dataFolder");
    read.put("checkedAt", status.checkedAt().toString());
    read.put("ok", status.error().isEmpty());
    status.error().ifPresent(failure -> {
      ObjectNode error = read.putObject("error");
      error.put("file", failure.file());
      error.put("path", failure.path());
      error.put("problem", failure.problem());
      error.put("served", catalog.isPresent()
          ? (indonesian ? "data terakhir yang baik tetap dilayani" : "the last good data is still served")
          : (indonesian ? "belum ada data yang dilayani" : "no data is served yet"));
    });
    if (catalog.isPresent()) {
      Catalog c = catalog.get();
      read.put("loadedAt", c.loadedAt().toString());
      if (c.tahun().isPresent()) {
        root.put("tahun", c.tahun().getAsInt());
      } else {
        root.putNull("tahun");
      }
      root.put("round", c.round());
      ArrayNode units = root.putArray("units");
      for (Catalog.Unit unit : c.units()) {
        ObjectNode node = units.addObject();
        node.put("id", unit.id());
        node.put("nama", unit.proposal().unit().name());
        node.put("instansi", unit.instansi());
        node.put("file", unit.file());
        node.put("target", unit.proposal().target().name());
        node.put("eligibility", unit.decision().eligibility().name());
        node.put("listed", unit.listed().isPresent());
        if (unit.listed().isPresent()) {
          node.put("kategori", unit.listed().get().kategori().code());
        } else {
          node.putNull("kategori");
        }
        if (unit.jawabanFile().isPresent()) {
          node.put("jawaban", unit.jawabanFile().get());
        } else {
          node.putNull("jawaban");
        }
        ArrayNode why = node.putArray("why");
        if (unit.listed().isPresent()) {
          why.add(indonesian
              ? "diusulkan sebagai " + unit.listed().get().kategori().code() + ": keputusan "
                  + unit.decision().eligibility()
              : "listed as " + unit.listed().get().kategori().code() + ": the decision is "
                  + unit.decision().eligibility());
          if (unit.jawaban().isEmpty()) {
            why.add(indonesian
                ? "belum ada jawaban LKE: PortalRB akan mendapat 404 untuk jawabannya"
                : "no LKE answers yet: PortalRB will get 404 for its answers");
          }
        } else if (c.tahun().isEmpty()) {
          why.add(c.round());
        }
        for (Catatan line : unit.catatan()) {
          why.add(line.message(locale, c.tahun().orElse(0)));
        }
        node.set("decision", DecisionJson.toTree(unit.decision(), locale));
      }
    }
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
        .body(ZiJson.write(root).getBytes(StandardCharsets.UTF_8));
  }
}
