package org.tadaserver.bench.client;

/** An account the generator acts as: its contact JID in the bench team and a token for the {@code token} header. */
public record BenchUser(String username, String jid, String token) {
  public BenchUser {
    Frames.checkPlain(jid);
  }
}
