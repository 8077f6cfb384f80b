package org.tadaserver.bus;

import java.util.Map;
import org.tadaserver.protocol.ApiError;

/**
 * The one failure type a service returns to its callers, on this node or across the cluster. It carries a wire error
 * code (which fixes the HTTP status), a readable reason and, for {@link ApiError#INVALID_DATA}, the offending fields.
 * The gateway maps it once to a REST envelope or a {@code server.warning}; anything else that escapes a service is an
 * internal error.
 */
public final class ServiceException extends RuntimeException {
  private final ApiError error;
  private final Map<String, String> details;

  public ServiceException(ApiError error, String message, Map<String, String> details) {
    super(message, null, false, false);
    this.error = error;
    this.details = details == null ? Map.of() : Map.copyOf(details);
  }

  public ServiceException(ApiError error, String message) {
    this(error, message, Map.of());
  }

  public ApiError error() {
    return error;
  }

  /** Field name to message; empty unless the error is about specific fields. */
  public Map<String, String> details() {
    return details;
  }

  /** Same answer for "does not exist" and "not yours", so callers learn nothing about objects they may not see. */
  public static ServiceException notFound(String what) {
    return new ServiceException(ApiError.NOT_FOUND, what + " not found");
  }

  public static ServiceException accessDenied(String reason) {
    return new ServiceException(ApiError.ACCESS_DENIED, reason);
  }

  public static ServiceException invalid(String field, String message) {
    return new ServiceException(ApiError.INVALID_DATA, field + ": " + message, Map.of(field, message));
  }

  public static ServiceException badRequest(String message) {
    return new ServiceException(ApiError.BAD_REQUEST, message);
  }
}
