package io.github.zi4j.portfolio;

import io.github.zi4j.InvalidFieldException;
import io.github.zi4j.instansi.Instansi;
import io.github.zi4j.lke.LkeInput;
import io.github.zi4j.proposal.Proposal;
import io.github.zi4j.unit.UnitIds;
import io.github.zi4j.unit.UnitKerja;
import java.util.Objects;
import java.util.Optional;

/**
 * One unit of a portfolio (<i>unit kerja dalam portofolio</i>): its instansi, its id and name, the unit
 * itself once its Zona Integritas is declared (<i>pencanangan</i>), and its LKE when one is known (an
 * area-level result or a worksheet).
 *
 * <p>A unit not yet declared has no {@link UnitKerja} (which needs a pencanangan): only its id and name.
 * Made with {@link #declared(Instansi, UnitKerja, Optional)}, {@link #notDeclared(Instansi, String,
 * String)} or {@link #of(Proposal)} from a case file.
 *
 * @param instansi the instansi the unit belongs to
 * @param id the unit's id: its own, else the slug of its name ({@link UnitIds#of(UnitKerja)})
 * @param name the unit's name
 * @param unit the unit, once declared; empty when its ZI is not yet declared
 * @param lke its LKE, when known; always empty for a unit not yet declared
 * @since 0.1
 */
public record PortfolioUnit(Instansi instansi, String id, String name, Optional<UnitKerja> unit,
    Optional<LkeInput> lke) {

  /**
   * A unit of a portfolio.
   *
   * @param instansi the instansi
   * @param id the unit's id (1 to 100 of {@code A-Z a-z 0-9 - _ .})
   * @param name the unit's name, not blank
   * @param unit the unit once declared, whose id (or name's slug) is {@code id} and whose name is
   *     {@code name}
   * @param lke its LKE, only for a declared unit
   * @throws InvalidFieldException naming the field when the id is not a valid unit id, the name is
   *     blank, the declared unit's id or name differs, or a unit not declared has an LKE
   */
  public PortfolioUnit {
    Objects.requireNonNull(instansi, "instansi");
    UnitIds.check("id", "id of unit kerja", Objects.requireNonNull(id, "id"));
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new InvalidFieldException("name", "name of unit kerja must not be blank");
    }
    unit = unit == null ? Optional.empty() : unit;
    lke = lke == null ? Optional.empty() : lke;
    if (unit.isPresent()) {
      String own = UnitIds.of(unit.get());
      if (!own.equals(id)) {
        throw new InvalidFieldException("id", "the unit's id must be the declared unit's \"" + own
            + "\", but was \"" + id + "\"");
      }
      if (!unit.get().name().equals(name)) {
        throw new InvalidFieldException("name", "the unit's name must be the declared unit's \""
            + unit.get().name() + "\", but was \"" + name + "\"");
      }
    } else if (lke.isPresent()) {
      throw new InvalidFieldException("lke", "a unit whose ZI is not yet declared (" + id
          + ") has no LKE");
    }
  }

  /**
   * A unit whose Zona Integritas is declared.
   *
   * @param instansi its instansi
   * @param unit the unit
   * @param lke its LKE, or empty
   * @return the portfolio's unit
   */
  public static PortfolioUnit declared(Instansi instansi, UnitKerja unit, Optional<LkeInput> lke) {
    return new PortfolioUnit(instansi, UnitIds.of(unit), unit.name(), Optional.of(unit), lke);
  }

  /**
   * A unit of {@code instansi} whose Zona Integritas is not yet declared.
   *
   * @param instansi its instansi
   * @param id its id
   * @param name its name
   * @return the portfolio's unit
   */
  public static PortfolioUnit notDeclared(Instansi instansi, String id, String name) {
    return new PortfolioUnit(instansi, id, name, Optional.empty(), Optional.empty());
  }

  /**
   * The unit of a case file: its instansi, unit and LKE (its target, day and round are the
   * portfolio's own).
   *
   * @param proposal the case
   * @return the portfolio's unit
   */
  public static PortfolioUnit of(Proposal proposal) {
    return declared(proposal.instansi(), proposal.unit(), proposal.lke());
  }

  /**
   * The key two units of one instansi may not share: the instansi's name and the id, ids differing only
   * in case being one ({@link UnitIds#key(String)}).
   */
  static String key(String instansi, String id) {
    return instansi + '\u0000' + UnitIds.key(id);
  }

  /**
   * Whether the unit's ZI is declared.
   *
   * @return true once there is a pencanangan
   */
  public boolean isDeclared() {
    return unit.isPresent();
  }
}
