package org.tadaserver.gateway.ws;

import io.netty.buffer.ByteBuf;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.http.WebSocketFrame;
import io.vertx.core.http.impl.ws.WebSocketFrameImpl;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link ServerWebSocket} for session tests whose writes stay pending until the test releases them, the way a client
 * that does not read keeps them in the kernel's and Netty's buffers. Only what {@link Session} calls is implemented.
 */
final class HeldSocket {
  /** One frame handed to the socket and the promise its write completes. */
  record Write(WebSocketFrame frame, Promise<Void> done) {
    String text() {
      return frame.textData();
    }

    /** The buffer at the bottom of the frame's views: the same for frames that share one encoding. */
    ByteBuf root() {
      ByteBuf content = ((WebSocketFrameImpl) frame).getBinaryData();
      while (content.unwrap() != null) {
        content = content.unwrap();
      }
      return content;
    }
  }

  final List<Write> writes = new ArrayList<>();
  Short closedWith;
  final ServerWebSocket socket = (ServerWebSocket) Proxy.newProxyInstance(HeldSocket.class.getClassLoader(),
      new Class<?>[] {ServerWebSocket.class}, (proxy, method, args) -> switch (method.getName()) {
        case "writeFrame" -> {
          Promise<Void> done = Promise.promise();
          writes.add(new Write((WebSocketFrame) args[0], done));
          yield done.future();
        }
        case "isClosed" -> closedWith != null;
        case "close" -> {
          closedWith = args != null && args.length > 0 ? (Short) args[0] : 1000;
          yield Future.succeededFuture();
        }
        case "hashCode" -> System.identityHashCode(proxy);
        case "equals" -> proxy == args[0];
        case "toString" -> "HeldSocket";
        default -> throw new UnsupportedOperationException(method.getName());
      });

  /** Completes the write at {@code index} (the frame has left). */
  void release(int index) {
    writes.get(index).done().complete();
  }

  /** The texts of the whole messages written so far, in order (fragments joined). */
  List<String> messages() {
    List<String> out = new ArrayList<>();
    StringBuilder partial = new StringBuilder();
    for (Write w : writes) {
      partial.append(w.text());
      if (w.frame().isFinal()) {
        out.add(partial.toString());
        partial.setLength(0);
      }
    }
    return out;
  }
}
