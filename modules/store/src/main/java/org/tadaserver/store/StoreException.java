package org.tadaserver.store;

/**
 * A failure the store's callers are expected to handle: the row is missing, a uniqueness rule was broken, or the data
 * broke a schema rule. Everything else (connection loss, SQL bugs) surfaces as the driver's own exception. The
 * directory service maps these once to protocol errors.
 */
public abstract sealed class StoreException extends RuntimeException
    permits StoreException.NotFound, StoreException.Conflict, StoreException.Invalid {

  protected StoreException(String message, Throwable cause) {
    super(message, cause, false, false);
  }

  /** The addressed row does not exist, or a row it must reference (team, user, section) does not. */
  public static final class NotFound extends StoreException {
    public NotFound(String message) {
      super(message, null);
    }

    public NotFound(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * A unique rule was broken. {@link #constraint()} names the rule (e.g. {@code users_username_key}) so the caller
   * can tell which field clashed; the constants live on the repository that owns the table.
   */
  public static final class Conflict extends StoreException {
    private final String constraint;

    public Conflict(String constraint, String message, Throwable cause) {
      super(message, cause);
      this.constraint = constraint;
    }

    public String constraint() {
      return constraint;
    }
  }

  /** The values broke a schema rule (a check, a missing required value, a malformed or too long value). */
  public static final class Invalid extends StoreException {
    public Invalid(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
