package org.tadaserver.directory.rules;

import java.util.regex.Pattern;
import org.tadaserver.bus.ServiceException;

/** Checks of single free-text values; each fails with {@code INVALID_DATA} naming the field. */
public final class Checks {
  /** Longest contact e-mail and phone we keep (the columns' limits). */
  public static final int MAX_EMAIL = 256;
  public static final int MAX_PHONE = 64;
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()\\-]*");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

  private Checks() {}

  /** {@code value} stripped, at most {@code max} characters (code points); null stays null. */
  public static String text(String field, String value, int max) {
    if (value == null) {
      return null;
    }
    String v = value.strip();
    if (v.codePointCount(0, v.length()) > max) {
      throw ServiceException.invalid(field, "at most " + max + " characters");
    }
    if (v.chars().anyMatch(c -> Character.isISOControl(c))) {
      throw ServiceException.invalid(field, "must not contain control characters");
    }
    return v;
  }

  /** An e-mail address, or "" to clear it. */
  public static String email(String field, String value) {
    String v = text(field, value, MAX_EMAIL);
    if (v != null && !v.isEmpty() && !EMAIL.matcher(v).matches()) {
      throw ServiceException.invalid(field, "must be an e-mail address");
    }
    return v;
  }

  /**
   * The form in which account phones are stored and looked up: an optional leading {@code +} and the digits, without
   * spaces, dashes, dots or brackets ({@code "+7 (900) 000-00-01"} becomes {@code "+79000000001"}); null for null or a
   * value with no digit. So an account is found however a client formats the number.
   */
  public static String accountPhone(String value) {
    if (value == null) {
      return null;
    }
    String v = value.strip();
    String digits = v.replaceAll("[^0-9]", "");
    if (digits.isEmpty()) {
      return null;
    }
    return (v.startsWith("+") ? "+" : "") + digits;
  }

  /** A phone number (digits, an optional leading +, spaces, dashes, brackets), or "" to clear it. */
  public static String phone(String field, String value) {
    String v = text(field, value, MAX_PHONE);
    if (v != null && !v.isEmpty() && !PHONE.matcher(v).matches()) {
      throw ServiceException.invalid(field, "must be a phone number");
    }
    return v;
  }
}
