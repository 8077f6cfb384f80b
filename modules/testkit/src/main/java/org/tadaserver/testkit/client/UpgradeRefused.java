package org.tadaserver.testkit.client;

/** The server answered the WebSocket upgrade with an HTTP error instead of switching protocols. */
public final class UpgradeRefused extends RuntimeException {
  private final transient RestResponse response;

  public UpgradeRefused(RestResponse response) {
    super("upgrade refused: " + response);
    this.response = response;
  }

  /** The status and the JSON envelope of the refusal. */
  public RestResponse response() {
    return response;
  }

  public int status() {
    return response.status();
  }

  public String error() {
    return response.error();
  }
}
