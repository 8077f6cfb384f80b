package org.tadaserver.e2e.fuzz;

/**
 * One frame the socket fuzzer sends, and the answer it must get (see {@link Expect}).
 *
 * @param data the payload, sent as one final frame (or in fragments when {@code fragments} > 1)
 * @param binary binary opcode (tdclient's way) rather than text
 * @param fragments how many WebSocket frames the message is cut into
 * @param expect what the server owes this frame
 * @param confirmId the string confirm_id the server must confirm, for {@link Expect#CONFIRM}
 * @param tag the top-level {@code "fz"} key that identifies the frame in the {@code orig} of its warning, or null for
 *     a frame that is not a JSON object
 */
record FuzzFrame(byte[] data, boolean binary, int fragments, Expect expect, String confirmId, String tag) {

  /** What a frame is owed, decided from its bytes alone by the protocol's rules (reference §1.5). */
  enum Expect {
    /** A JSON object with a non-empty string confirm_id (not a client.confirm): exactly one server.confirm with that
     * id, and at most one server.warning whose orig carries the frame's tag. */
    CONFIRM,
    /** A tagged JSON object that cannot be a valid event (no event, event not a string or unknown, params not an
     * object, confirm_id not a string, client.confirm without its param): exactly one tagged warning, no confirm. */
    WARN_TAGGED,
    /** Not a JSON object at all (random bytes, invalid UTF-8, truncated, an array...): exactly one warning; its orig is
     * the raw text, so it is counted rather than matched. Invalid UTF-8 is answered so in text frames too: the
     * server reads text and binary frames alike and does not fail the connection (RFC 6455 §8.1 would allow 1007;
     * a warning keeps a client's session, as for any other unreadable event). */
    WARN_RAW,
    /** A known event without a confirm_id: the protocol answers a valid one with nothing and an invalid one with a
     * warning, so at most one tagged warning. */
    QUIET,
    /** Larger than the node's message cap: the session is closed with 1009 (the frame is its last). */
    CLOSE_TOO_BIG;

    boolean closes() {
      return this == CLOSE_TOO_BIG;
    }

    int closeCode() {
      return 1009;
    }
  }

  /** The frame's suffix in {@code tag}: lets a warning arriving at any time be checked against its frame's class. */
  static String tag(long seq, Expect expect) {
    return seq + ":" + expect.name();
  }
}
