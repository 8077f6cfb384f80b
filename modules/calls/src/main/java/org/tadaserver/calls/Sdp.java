package org.tadaserver.calls;

import org.tadaserver.bus.ServiceException;

/**
 * The checks on a client's SDP before it goes to Janus: present, text starting with {@code v=}, at least one media
 * section, and not larger than {@link #MAX_CHARS}. Janus checks the rest and its reason is passed on.
 */
final class Sdp {
  static final int MAX_CHARS = 64 * 1024;

  private Sdp() {}

  /** The offer itself, or an INVALID_DATA refusal. */
  static String requireOffer(String sdp) {
    if (sdp == null || sdp.isBlank()) {
      throw ServiceException.invalid("sdp", "is required");
    }
    if (sdp.length() > MAX_CHARS) {
      throw ServiceException.invalid("sdp", "is longer than " + MAX_CHARS + " characters");
    }
    String text = sdp.strip();
    if (!text.startsWith("v=0") || !text.contains("\nm=")) {
      throw ServiceException.invalid("sdp", "is not an SDP offer (v=0 ... m=...)");
    }
    return sdp;
  }
}
