package io.github.zi4j.server;

import io.github.zi4j.ZiException;
import io.github.zi4j.ZiParseException;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every answer other than 200 in PortalRB's error body, {@code {"error": true, "code", "message"}}:
 * bad input as 422 with its JSON path, an unknown path as 404, and anything unforeseen as 500 with an
 * incident id that the log gives with the stack trace; never a stack trace in an answer.
 */
@RestControllerAdvice
@RestController
final class ErrorHandling implements ErrorController {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorHandling.class);

  @ExceptionHandler(ApiError.class)
  ResponseEntity<byte[]> apiError(ApiError e) {
    return answer(e);
  }

  @ExceptionHandler(ZiParseException.class)
  ResponseEntity<byte[]> badInput(ZiParseException e) {
    return answer(ApiError.unprocessable(e.path(), e.problem()));
  }

  @ExceptionHandler(ZiException.class)
  ResponseEntity<byte[]> badValue(ZiException e) {
    // a refusal not yet placed in the body: its path made absolute, as a reader of the body would
    ZiParseException placed = ZiParseException.of("body", e);
    return answer(ApiError.unprocessable(placed.path(), placed.problem()));
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<byte[]> missingParameter(MissingServletRequestParameterException e) {
    return answer(ApiError.unprocessable(e.getParameterName(), "is required"));
  }

  @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
  ResponseEntity<byte[]> noSuchPath(HttpServletRequest request) {
    return answer(ApiError.notFound("no endpoint at " + CatalogLoader.cut(request.getRequestURI())));
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<byte[]> method(HttpRequestMethodNotSupportedException e) {
    return answer(new ApiError(405, "METHOD_NOT_ALLOWED", "this endpoint does not take "
        + e.getMethod() + "; it takes " + e.getSupportedHttpMethods()));
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<byte[]> mediaType(HttpMediaTypeNotSupportedException e) {
    return answer(new ApiError(415, "UNSUPPORTED_MEDIA_TYPE", "send application/json"));
  }

  @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
  ResponseEntity<byte[]> notAcceptable(HttpMediaTypeNotAcceptableException e) {
    return answer(new ApiError(406, "NOT_ACCEPTABLE", "this endpoint answers application/json"));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<byte[]> unforeseen(Exception e) {
    String incident = UUID.randomUUID().toString();
    LOG.atError().addKeyValue("event", "error").addKeyValue("incident", incident)
        .setCause(e).log("unforeseen error, incident {}", incident);
    return answer(new ApiError(500, ApiError.INTERNAL_ERROR, "the server failed; its log names"
        + " the incident " + incident));
  }

  /**
   * What the servlet container sends here: an error outside any controller (a malformed request,
   * an unknown path), in the same body.
   *
   * @param request the failed request
   * @return the error
   */
  @RequestMapping("/error")
  ResponseEntity<byte[]> error(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer number ? number : 500;
    HttpStatus known = HttpStatus.resolve(status);
    String name = known == null ? "ERROR" : known.name();
    if (status == 404) {
      return answer(ApiError.notFound("no endpoint at " + CatalogLoader.cut(String.valueOf(
          request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)))));
    }
    return answer(new ApiError(status, status >= 500 ? ApiError.INTERNAL_ERROR : name,
        known == null ? "the request failed" : "the request failed: "
            + known.getReasonPhrase().toLowerCase(java.util.Locale.ROOT)));
  }

  private static ResponseEntity<byte[]> answer(ApiError e) {
    return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_JSON)
        .body(e.body());
  }
}
