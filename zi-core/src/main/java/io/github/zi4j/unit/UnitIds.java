package io.github.zi4j.unit;

import io.github.zi4j.InvalidFieldException;
import io.github.zi4j.ZiException;
import io.github.zi4j.internal.Limits;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The id PortalRB knows a unit by (<i>id unit</i>): the unit's own {@link UnitKerja#id()}, or, when it
 * has none, a slug of its name.
 *
 * <p>PortalRB puts the id in a URL path ({@code GET /lke/jawaban-unit/{unit_id}}) and asks that it stay
 * the same across its calls, so an id is 1 to {@value #MAX_LENGTH} characters of {@code A-Z}, {@code
 * a-z}, {@code 0-9}, {@code -}, {@code _} and {@code .} (characters a URL path carries as they are),
 * beginning and ending with a letter or digit (so never {@code .} or {@code ..}). Ids that differ only
 * in case are one id: a server may not tell them apart.
 *
 * <p>A slug changes when the name does, and PortalRB then sees a new unit: give a unit its own id.
 *
 * @since 0.1
 */
public final class UnitIds {

  /** The longest id, in characters. */
  public static final int MAX_LENGTH = 100;

  private static final Pattern FORM =
      Pattern.compile("[A-Za-z0-9]([A-Za-z0-9._-]{0," + (MAX_LENGTH - 2) + "}[A-Za-z0-9])?");

  private UnitIds() {}

  /**
   * Whether {@code id} has the form of an id.
   *
   * @param id the text
   * @return true when it is 1 to {@value #MAX_LENGTH} allowed characters, a letter or digit at each end
   */
  public static boolean isValid(String id) {
    return id != null && FORM.matcher(id).matches();
  }

  /**
   * Requires {@code id} to have the form of an id.
   *
   * @param field the field's name for the message and its path, for example {@code "id"}
   * @param id the text
   * @return {@code id}
   * @throws InvalidFieldException at {@code field}, naming the field, the rule and the value
   */
  public static String check(String field, String id) {
    return check(field, field, id);
  }

  /**
   * Requires {@code id} to have the form of an id.
   *
   * @param path the path of the id, relative to the object checked, for example {@code "id"}
   * @param field the field's name for the message, for example {@code "id of unit kerja"}
   * @param id the text
   * @return {@code id}
   * @throws InvalidFieldException at {@code path}, naming the field, the rule and the value
   */
  public static String check(String path, String field, String id) {
    Objects.requireNonNull(id, field + " is required");
    if (!isValid(id)) {
      throw new InvalidFieldException(path, field + " must be 1 to " + MAX_LENGTH + " characters of"
          + " A-Z, a-z, 0-9, '-', '_' and '.', beginning and ending with a letter or digit (PortalRB"
          + " puts it in a URL path), but was \"" + Limits.quote(id) + "\"");
    }
    return id;
  }

  /**
   * A unit's name as an id: accents removed, lower case, every run of characters other than {@code
   * a-z} and {@code 0-9} a single {@code -}, none at either end. {@code "DPMPTSP Kabupaten
   * Pesawaran"} gives {@code "dpmptsp-kabupaten-pesawaran"}.
   *
   * @param name the name
   * @return the id
   * @throws InvalidFieldException at the name itself (an empty path) when it has no letter or digit,
   *     or its slug is longer than {@value #MAX_LENGTH} characters
   */
  public static String slug(String name) {
    String plain = Normalizer.normalize(Objects.requireNonNull(name, "name"), Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.isEmpty()) {
      throw new InvalidFieldException("", "a unit's name must have a letter or digit to make an id,"
          + " but was \"" + Limits.quote(name) + "\"; give the unit an id");
    }
    if (slug.length() > MAX_LENGTH) {
      throw new InvalidFieldException("", "a unit's name makes an id of " + slug.length()
          + " characters, more than " + MAX_LENGTH + ": give the unit an id; the name was \""
          + Limits.quote(name) + "\"");
    }
    return slug;
  }

  /**
   * The id PortalRB knows {@code unit} by: its own id, or {@link #slug(String)} of its name.
   *
   * @param unit the unit
   * @return the id
   * @throws ZiException at {@code name}, relative to the unit, when the unit has no id and its name
   *     makes none
   */
  public static String of(UnitKerja unit) {
    if (unit.id().isPresent()) {
      return unit.id().get();
    }
    try {
      return slug(unit.name());
    } catch (ZiException e) {
      throw e.within("name");
    }
  }

  /**
   * The key under which ids are compared: ids that differ only in case are one id.
   *
   * @param id an id
   * @return the id in lower case
   */
  public static String key(String id) {
    return id.toLowerCase(Locale.ROOT);
  }
}
