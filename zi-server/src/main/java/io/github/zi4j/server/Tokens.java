package io.github.zi4j.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The bearer tokens the server takes, kept as SHA-256 hashes and compared in constant time: a
 * request's token is hashed, and its hash compared with every configured one by {@link
 * MessageDigest#isEqual}, all of them each time, so neither the answer's time nor the configuration
 * tells how close a guess came.
 *
 * <p>Immutable and thread-safe.
 */
final class Tokens {

  /** The longest token read from a header, in characters; a longer one is refused unhashed. */
  static final int MAX_TOKEN_LENGTH = 512;

  private final List<Entry> entries;

  private Tokens(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /**
   * The tokens of {@code settings}.
   *
   * @param settings the settings
   * @return the tokens
   * @throws IllegalArgumentException naming the setting whose hash is not 64 hex digits, whose
   *     instansi is blank, or a hash given twice
   */
  static Tokens of(ServerSettings settings) {
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < settings.portalrbTokens().size(); i++) {
      ServerSettings.PortalRbToken token = settings.portalrbTokens().get(i);
      String name = "zi.server.portalrb-tokens[" + i + "]";
      if (token.instansi() == null || token.instansi().isBlank()) {
        throw new IllegalArgumentException(name + ".instansi must name the instansi the token"
            + " belongs to (its case files' instansi.name), but was blank");
      }
      entries.add(new Entry(hash(name + ".sha256", token.sha256()),
          new Access(Access.Kind.PORTALRB, token.instansi(), name)));
    }
    for (int i = 0; i < settings.operatorTokens().size(); i++) {
      ServerSettings.OperatorToken token = settings.operatorTokens().get(i);
      String name = "zi.server.operator-tokens[" + i + "]";
      String holder = token.name() == null || token.name().isBlank() ? name
          : name + " (" + token.name() + ")";
      entries.add(new Entry(hash(name + ".sha256", token.sha256()),
          new Access(Access.Kind.OPERATOR, "", holder)));
    }
    for (int i = 0; i < entries.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (MessageDigest.isEqual(entries.get(i).hash, entries.get(j).hash)) {
          throw new IllegalArgumentException(entries.get(i).access.name() + " has the hash of "
              + entries.get(j).access.name() + ": each token is given once, to one holder");
        }
      }
    }
    return new Tokens(entries);
  }

  /**
   * Whom {@code token} belongs to.
   *
   * @param token the bearer token as sent
   * @return its holder, when it is one of the configured tokens
   */
  Optional<Access> find(String token) {
    byte[] hash = sha256(token);
    Access found = null;
    for (Entry entry : entries) {
      if (MessageDigest.isEqual(entry.hash, hash) && found == null) {
        found = entry.access;
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * The SHA-256 of {@code token}'s UTF-8 bytes, as 64 lower-case hex digits: what the settings keep.
   *
   * @param token the token
   * @return the hash in hex
   */
  static String sha256Hex(String token) {
    return HexFormat.of().formatHex(sha256(token));
  }

  private static byte[] sha256(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static byte[] hash(String name, String hex) {
    String text = hex == null ? "" : hex.trim().toLowerCase(Locale.ROOT);
    if (!text.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException(name + " must be a token's SHA-256 as 64 hex digits"
          + " (printf %s \"$TOKEN\" | sha256sum), but was " + (text.isEmpty() ? "empty"
          : text.length() + " characters"));
    }
    return HexFormat.of().parseHex(text);
  }

  /** A configured hash and its holder. */
  private record Entry(byte[] hash, Access access) {}
}
