package io.github.zi4j.server;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

/**
 * A token bucket per token (Bucket4j): PortalRB's tokens and the operator's each with their own limit,
 * {@code requests} at once at most and refilled greedily over the period.
 *
 * <p>Thread-safe.
 */
final class RateLimits {

  private final ServerSettings.Limit portalrb;
  private final ServerSettings.Limit operator;
  private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

  RateLimits(ServerSettings settings) {
    this.portalrb = require("portalrb", settings.portalrbLimit());
    this.operator = require("operator", settings.operatorLimit());
  }

  private static ServerSettings.Limit require(String who, ServerSettings.Limit limit) {
    if (limit.requests() < 1 || limit.period().isZero() || limit.period().isNegative()) {
      throw new IllegalArgumentException("zi.server." + who + "-requests must be at least 1 and"
          + " zi.server." + who + "-period positive, but were " + limit.requests() + " and "
          + limit.period());
    }
    return limit;
  }

  /**
   * Takes one request from {@code access}'s bucket.
   *
   * @param access the token's holder
   * @return 0 when the request may go on, else the seconds to wait before the next one will
   */
  long take(Access access) {
    Bucket bucket = buckets.computeIfAbsent(access.name(), name -> {
      ServerSettings.Limit limit = access.kind() == Access.Kind.PORTALRB ? portalrb : operator;
      return Bucket.builder().addLimit(Bandwidth.builder().capacity(limit.requests())
          .refillGreedy(limit.requests(), limit.period()).build()).build();
    });
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    if (probe.isConsumed()) {
      return 0;
    }
    return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() - 1) + 1);
  }
}
