package org.tadaserver.calls;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.calls.janus.AudioBridge;
import org.tadaserver.calls.janus.JanusException;
import org.tadaserver.calls.janus.Sfu;
import org.tadaserver.protocol.ApiError;

/** What the parts of the calls verticle share; all of it is used on the verticle's event loop only. */
record CallContext(Vertx vertx, CallsConfig config, Sfu sfu, CallBook book, Notifier events, ChatResolver chats) {

  /** The bridge with the call's room created in the current Janus session. */
  Future<AudioBridge> room(Call call) {
    if (call.roomReady == null) {
      Future<Void> created = sfu.bridge().compose(b -> b.createRoom(sfu.control(), call.room));
      call.roomReady = created;
      created.onFailure(e -> {
        if (call.roomReady == created) {
          call.roomReady = null;
        }
      });
    }
    return call.roomReady.compose(v -> sfu.bridge());
  }

  /** A Janus failure as the client sees it: a bad SDP is the client's fault; anything else is the SFU's. */
  static Throwable refusal(Throwable e) {
    if (e instanceof JanusException je) {
      if (je.code() >= 460 && je.code() <= 499) {
        return new ServiceException(ApiError.INVALID_DATA, "the SFU refused the SDP: " + je.getMessage());
      }
      return new ServiceException(ApiError.BAD_REQUEST, "media server unavailable: " + je.getMessage());
    }
    return e;
  }

  static long now() {
    return System.currentTimeMillis();
  }
}
