package io.github.zi4j.instansi;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.KeyDeserializer;
import io.github.zi4j.internal.Limits;
import java.util.regex.Pattern;

/**
 * Reads a year key of an agency's results ({@code "2023"}) as the case schema says, {@code
 * ^[0-9]{4}$}: {@code "02023"}, {@code "+2023"}, {@code " 2023"} and other digits than 0 to 9 (full
 * width, Arabic-Indic) are refused, so that no two keys can mean one year and the last silently win.
 */
final class YearKeyReader extends KeyDeserializer {

  private static final Pattern YEAR = Pattern.compile("[0-9]{4}");

  /** Any number Java reads as an int, in any script's digits, with a sign or leading zeros. */
  private static final Pattern LOOSE = Pattern.compile("[+-]?\\p{Nd}{1,9}");

  @Override
  public Object deserializeKey(String key, DeserializationContext ctxt) throws JsonMappingException {
    if (YEAR.matcher(key).matches()) {
      return Integer.valueOf(key);
    }
    String meant = "";
    String stripped = key.strip();
    if (LOOSE.matcher(stripped).matches()) {
      int year = Integer.parseInt(stripped);
      if (year >= 1000 && year <= 9999) {
        meant = "; it would be read as the year " + year + ", whose key is \"" + year
            + "\", and two keys for one year are refused";
      }
    }
    throw JsonMappingException.from(ctxt.getParser(), "a year key must be four digits 0 to 9 "
        + "(^[0-9]{4}$), but was \"" + Limits.quote(key) + "\"" + meant);
  }
}
