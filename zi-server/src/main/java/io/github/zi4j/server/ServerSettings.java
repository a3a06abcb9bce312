package io.github.zi4j.server;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The server's settings, under {@code zi.server} (command line {@code --zi.server.tahun=2026}, or a
 * YAML file given with {@code --spring.config.import=file:zi-server.yml}).
 *
 * <p>Immutable and thread-safe.
 */
@ConfigurationProperties("zi.server")
public final class ServerSettings {

  private final Path data;
  private final Integer tahun;
  private final Path round;
  private final LocalDate today;
  private final Duration reloadInterval;
  private final long maxBodyBytes;
  private final List<PortalRbToken> portalrbTokens;
  private final List<OperatorToken> operatorTokens;
  private final Limit portalrbLimit;
  private final Limit operatorLimit;

  /**
   * The settings, as Spring binds them.
   *
   * @param data the data folder ({@code --data DIR})
   * @param tahun the year of the round served, or null for the round whose window holds today
   * @param round a round file (a {@code ProposalRound} JSON), or null for the bundled rounds
   * @param today the day taken as today, or null for the clock's
   * @param reloadInterval how often the data folder is checked for changes
   * @param maxBodyBytes the largest request body taken, in bytes
   * @param portalrbTokens PortalRB's tokens, one per instansi served
   * @param operatorTokens the operator's tokens
   * @param portalrbRequests the requests each PortalRB token may make per {@code portalrbPeriod}
   * @param portalrbPeriod the period of PortalRB's limit
   * @param operatorRequests the requests each operator token may make per {@code operatorPeriod}
   * @param operatorPeriod the period of the operator's limit
   */
  public ServerSettings(Path data, Integer tahun, Path round, LocalDate today,
      @DefaultValue("2s") Duration reloadInterval,
      @DefaultValue("1048576") long maxBodyBytes,
      @DefaultValue List<PortalRbToken> portalrbTokens,
      @DefaultValue List<OperatorToken> operatorTokens,
      @DefaultValue("5000") int portalrbRequests,
      @DefaultValue("1m") Duration portalrbPeriod,
      @DefaultValue("600") int operatorRequests,
      @DefaultValue("1m") Duration operatorPeriod) {
    this.data = data;
    this.tahun = tahun;
    this.round = round;
    this.today = today;
    this.reloadInterval = reloadInterval;
    this.maxBodyBytes = maxBodyBytes;
    this.portalrbTokens = List.copyOf(portalrbTokens);
    this.operatorTokens = List.copyOf(operatorTokens);
    this.portalrbLimit = new Limit(portalrbRequests, portalrbPeriod);
    this.operatorLimit = new Limit(operatorRequests, operatorPeriod);
  }

  /**
   * The data folder.
   *
   * @return the folder, when given
   */
  public Optional<Path> data() {
    return Optional.ofNullable(data);
  }

  /**
   * The year of the round served, when the operator says which round is open.
   *
   * @return the year, when given
   */
  public Optional<Integer> tahun() {
    return Optional.ofNullable(tahun);
  }

  /**
   * A round file to serve instead of the bundled round of its year.
   *
   * @return the file, when given
   */
  public Optional<Path> round() {
    return Optional.ofNullable(round);
  }

  /**
   * The day taken as today.
   *
   * @return the day, when given; else the clock's day is today
   */
  public Optional<LocalDate> today() {
    return Optional.ofNullable(today);
  }

  /**
   * How often the data folder is checked for changes.
   *
   * @return the interval
   */
  public Duration reloadInterval() {
    return reloadInterval;
  }

  /**
   * The largest request body taken.
   *
   * @return bytes
   */
  public long maxBodyBytes() {
    return maxBodyBytes;
  }

  /**
   * PortalRB's tokens.
   *
   * @return one per instansi served
   */
  public List<PortalRbToken> portalrbTokens() {
    return portalrbTokens;
  }

  /**
   * The operator's tokens.
   *
   * @return the tokens
   */
  public List<OperatorToken> operatorTokens() {
    return operatorTokens;
  }

  /**
   * The rate limit of each PortalRB token.
   *
   * @return the limit
   */
  public Limit portalrbLimit() {
    return portalrbLimit;
  }

  /**
   * The rate limit of each operator token.
   *
   * @return the limit
   */
  public Limit operatorLimit() {
    return operatorLimit;
  }

  /**
   * PortalRB's token for one instansi.
   *
   * @param instansi the instansi's name, as its case files give {@code instansi.name}
   * @param sha256 the token's SHA-256, 64 hex digits (the token itself is never stored)
   */
  public record PortalRbToken(String instansi, String sha256) {}

  /**
   * An operator's token.
   *
   * @param name who holds it, for the logs
   * @param sha256 the token's SHA-256, 64 hex digits
   */
  public record OperatorToken(String name, String sha256) {}

  /**
   * A rate limit: {@code requests} per {@code period}, all of them at once at most.
   *
   * @param requests the requests a token may make in a period, and its burst
   * @param period the period
   */
  public record Limit(int requests, Duration period) {}
}
