package org.tadaserver.testkit.client;

/**
 * How {@code TadaClient.ws} opens a socket.
 *
 * @param tokenIn where the token goes on the upgrade request
 * @param binaryFrames send events as binary frames, as tdclient does (browsers send text)
 * @param autoConfirm answer each server event that carries a confirm_id with {@code client.confirm}, as tdclient does
 */
public record SocketOptions(TokenIn tokenIn, boolean binaryFrames, boolean autoConfirm) {
  /** Where the token travels. */
  public enum TokenIn { HEADER, COOKIE, QUERY, NONE }

  /** Header token, text frames, automatic confirms. */
  public static final SocketOptions DEFAULT = new SocketOptions(TokenIn.HEADER, false, true);

  /** tdclient's way: header token, binary frames, automatic confirms. */
  public static final SocketOptions TDCLIENT = new SocketOptions(TokenIn.HEADER, true, true);

  public SocketOptions withTokenIn(TokenIn where) {
    return new SocketOptions(where, binaryFrames, autoConfirm);
  }

  public SocketOptions withBinaryFrames(boolean binary) {
    return new SocketOptions(tokenIn, binary, autoConfirm);
  }

  public SocketOptions withAutoConfirm(boolean confirm) {
    return new SocketOptions(tokenIn, binaryFrames, confirm);
  }
}
