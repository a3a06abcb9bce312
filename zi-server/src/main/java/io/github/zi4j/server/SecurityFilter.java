package io.github.zi4j.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks every request to the API before a controller sees it: its {@code Authorization: Bearer}
 * token (401 when missing or unknown), whose token it is (403 for the operator's token on PortalRB's
 * endpoints and PortalRB's on the operator's), the token's rate limit (429 with {@code Retry-After})
 * and a declared body's size (413). It logs each request to the API with its holder's name, never
 * the token, and never a body.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
final class SecurityFilter extends OncePerRequestFilter {

  private static final Logger ACCESS = LoggerFactory.getLogger("io.github.zi4j.server.access");

  private final Tokens tokens;
  private final RateLimits limits;
  private final long maxBodyBytes;

  SecurityFilter(ServerSettings settings) {
    this.tokens = Tokens.of(settings);
    this.limits = new RateLimits(settings);
    this.maxBodyBytes = settings.maxBodyBytes();
  }

  /** Whose endpoints a path is: PortalRB's, the operator's, or open ones. */
  static Optional<Access.Kind> owner(String path) {
    if (path.equals("/pengusulan/unit-wbk") || path.equals("/pengusulan/unit-wbbm")
        || path.startsWith("/lke/")) {
      return Optional.of(Access.Kind.PORTALRB);
    }
    if (path.startsWith("/operator/") || path.equals("/decide") || path.equals("/score")
        || path.equals("/plan")) {
      return Optional.of(Access.Kind.OPERATOR);
    }
    return Optional.empty();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Optional<Access.Kind> owner = owner(path);
    if (owner.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    long start = System.nanoTime();
    String holder = "-";
    try {
      String header = request.getHeader("Authorization");
      if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)
          || header.length() == 7) {
        response.setHeader("WWW-Authenticate", "Bearer");
        write(response, new ApiError(401, ApiError.UNAUTHORIZED, "this endpoint needs a token:"
            + " Authorization: Bearer <token>"));
        return;
      }
      String token = header.substring(7).trim();
      Optional<Access> access = token.length() > Tokens.MAX_TOKEN_LENGTH ? Optional.empty()
          : tokens.find(token);
      if (access.isEmpty()) {
        response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        write(response, new ApiError(401, ApiError.UNAUTHORIZED, "the token is not one this"
            + " server knows"));
        return;
      }
      holder = access.get().name();
      if (access.get().kind() != owner.get()) {
        write(response, ApiError.forbidden(owner.get() == Access.Kind.PORTALRB
            ? "this endpoint is PortalRB's: the operator's token is not allowed here"
            : "this endpoint is the operator's: PortalRB's token is not allowed here"));
        return;
      }
      long wait = limits.take(access.get());
      if (wait > 0) {
        response.setHeader("Retry-After", Long.toString(wait));
        write(response, new ApiError(429, ApiError.TOO_MANY_REQUESTS, "too many requests for"
            + " this token; try again in " + wait + " s"));
        return;
      }
      if (request.getContentLengthLong() > maxBodyBytes) {
        write(response, new ApiError(413, ApiError.PAYLOAD_TOO_LARGE, "a request body is at most "
            + maxBodyBytes + " bytes, but this one declares " + request.getContentLengthLong()));
        return;
      }
      request.setAttribute(Access.ATTRIBUTE, access.get());
      chain.doFilter(request, response);
    } finally {
      if (ACCESS.isInfoEnabled()) {
        ACCESS.atInfo().addKeyValue("event", "request")
            .addKeyValue("method", request.getMethod()).addKeyValue("path", path)
            .addKeyValue("status", response.getStatus()).addKeyValue("holder", holder)
            .addKeyValue("ms", (System.nanoTime() - start) / 1_000_000)
            .log("{} {} {}", request.getMethod(), path, response.getStatus());
      }
    }
  }

  /** Writes {@code error}'s status and body. */
  static void write(HttpServletResponse response, ApiError error) throws IOException {
    byte[] body = error.body();
    response.setStatus(error.status());
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
