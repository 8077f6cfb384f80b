package org.tadaserver.gateway.ws;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.impl.HttpServerConnection;

/**
 * The two things a session needs that Vert.x 5 does not offer, done on the connection's Netty channel. Both rely on
 * Vert.x internals ({@code HttpServerConnection}, the pipeline handler named {@code "handler"}), so
 * {@code MessagingSocketTest} covers each of them: an upgrade of Vert.x that breaks them fails the build.
 *
 * <ul>
 *   <li>{@link #abort()}: Vert.x closes a connection only after flushing what is queued, which never happens for a
 *       client that stopped reading, so its queued frames would be held forever.</li>
 *   <li>{@link #replyNormalToClientClose()}: Vert.x echoes the client's close code, and the reference (§1.3) wants the
 *       reply to be 1000 whatever the client sent.</li>
 * </ul>
 */
final class NettyChannel {
  private static final String VERTX_HANDLER = "handler";
  private static final String CLOSE_REWRITE = "tada-close-reply";
  private final Channel channel;

  private NettyChannel(Channel channel) {
    this.channel = channel;
  }

  /** The channel under an HTTP/1.x server connection; take it before the upgrade. */
  static NettyChannel of(HttpConnection connection) {
    if (!(connection instanceof HttpServerConnection server)) {
      throw new IllegalStateException("not a Vert.x HTTP/1 server connection: " + connection.getClass().getName());
    }
    return new NettyChannel(server.channelHandlerContext().channel());
  }

  /** Drops the TCP connection now, discarding whatever is still queued for it. */
  void abort() {
    ChannelHandlerContext first = channel.pipeline().firstContext();
    if (first != null) {
      first.close(); // starts below Vert.x's handler, which would wait for the queue to flush
    } else {
      channel.close();
    }
  }

  /** Makes a close frame from the client read as 1000, so that the close Vert.x sends back is 1000 too. */
  void replyNormalToClientClose() {
    ChannelPipeline pipeline = channel.pipeline();
    if (pipeline.get(VERTX_HANDLER) != null && pipeline.get(CLOSE_REWRITE) == null) {
      pipeline.addBefore(VERTX_HANDLER, CLOSE_REWRITE, NormalClose.INSTANCE);
    }
  }

  @ChannelHandler.Sharable
  private static final class NormalClose extends ChannelInboundHandlerAdapter {
    static final NormalClose INSTANCE = new NormalClose();

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
      if (msg instanceof CloseWebSocketFrame close && close.statusCode() != CloseCodes.NORMAL) {
        String reason = close.reasonText();
        close.release();
        ctx.fireChannelRead(new CloseWebSocketFrame(CloseCodes.NORMAL, reason));
      } else {
        ctx.fireChannelRead(msg);
      }
    }
  }
}
