package org.tadaserver.protocol.event;

import com.fasterxml.jackson.databind.JsonNode;
import org.tadaserver.protocol.Envelope;
import org.tadaserver.protocol.Wire;
import org.tadaserver.protocol.WireException;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Registry of every WebSocket event: event name to params record (each carries {@link EventName}), plus the
 * conversions between typed params and {@link Envelope}s. {@code client.ping} is the one event without params: its
 * envelope has no {@code params} key.
 */
public final class Events {

    private static final Map<String, Class<?>> BY_NAME = index(
            ClientPing.class,
            ClientConfirm.class,
            ClientActivity.class,
            ClientChatComposing.class,
            ClientChatLastread.class,
            ClientMessageUpdated.class,
            ClientMessageDeleted.class,
            ClientCallOffer.class,
            ClientCallSdp.class,
            ClientCallTrickle.class,
            ClientCallLeave.class,
            ClientCallReject.class,
            ClientCallSound.class,
            ClientCallVideo.class,
            ClientCallScreenshare.class,
            ClientCallMuteAll.class,
            ClientCallBuzz.class,
            ClientCallBuzzCancel.class,
            ServerConfirm.class,
            ServerWarning.class,
            ServerDebug.class,
            ServerTime.class,
            ServerLogin.class,
            ServerLogout.class,
            ServerPanic.class,
            ServerOnline.class,
            ServerProcessing.class,
            ServerMessageUpdated.class,
            ServerMessageReceived.class,
            ServerMessagePush.class,
            ServerChatUpdated.class,
            ServerChatDeleted.class,
            ServerChatLastread.class,
            ServerChatComposing.class,
            ServerChatDraft.class,
            ServerContactUpdated.class,
            ServerTeamUpdated.class,
            ServerTeamDeleted.class,
            ServerTeamCounters.class,
            ServerSectionUpdated.class,
            ServerSectionDeleted.class,
            ServerTagUpdated.class,
            ServerTagDeleted.class,
            ServerRemindUpdated.class,
            ServerRemindFired.class,
            ServerRemindDeleted.class,
            ServerUploadUpdated.class,
            ServerUiSettings.class,
            ServerRoster.class,
            ServerCallState.class,
            ServerCallBuzz.class,
            ServerCallBuzzcancel.class,
            ServerCallAnswer.class,
            ServerCallSdp.class,
            ServerCallLeave.class,
            ServerCallReject.class,
            ServerCallRestart.class,
            ServerCallSound.class,
            ServerCallMuteall.class,
            ServerCallTalking.class,
            ServerCallCheckFingerprint.class,
            ServerCallScreenshare.class,
            ServerMeetingUpdated.class,
            ServerMeetingDeleted.class,
            ServerMeetingcellUpdated.class,
            ServerAccountUpdated.class,
            ServerWorkplaceUpdated.class);

    private Events() {
    }

    /** All known event names, client and server. */
    public static Set<String> names() {
        return BY_NAME.keySet();
    }

    /** The params record of an event, if the event is known. */
    public static Optional<Class<?>> paramsType(String event) {
        return Optional.ofNullable(BY_NAME.get(event));
    }

    /**
     * The event name of a params record type.
     *
     * @throws IllegalArgumentException if the type is not an event params record
     */
    public static String name(Class<?> paramsType) {
        EventName name = paramsType.getAnnotation(EventName.class);
        if (name == null || BY_NAME.get(name.value()) != paramsType) {
            throw new IllegalArgumentException(paramsType.getName() + " is not a registered event params record");
        }
        return name.value();
    }

    /** An envelope without confirm id carrying the given params. */
    public static Envelope envelope(Object params) {
        return envelope(params, null);
    }

    /**
     * An envelope carrying the given params and confirm id (null or empty for none). Fails fast on a params record
     * that is not registered.
     */
    public static Envelope envelope(Object params, String confirmId) {
        String event = name(params.getClass());
        JsonNode node = params instanceof ClientPing ? null : Wire.mapper().valueToTree(params);
        return new Envelope(event, node, confirmId);
    }

    /** The frame text for typed params, without confirm id. */
    public static String toJson(Object params) {
        return envelope(params).toJson();
    }

    /**
     * Decodes an envelope's params into the event's record.
     *
     * @throws WireException if the event is unknown or its params do not fit the record
     */
    public static Object decode(Envelope envelope) {
        Class<?> type = paramsType(envelope.event())
                .orElseThrow(() -> new WireException("unknown event: " + envelope.event()));
        return decode(envelope, type);
    }

    /**
     * Decodes an envelope's params into the given record type.
     *
     * @throws WireException if the envelope is another event or its params do not fit the record
     */
    public static <T> T decode(Envelope envelope, Class<T> type) {
        if (!name(type).equals(envelope.event())) {
            throw new WireException("expected " + name(type) + " but got " + envelope.event());
        }
        JsonNode params = envelope.params() == null ? Wire.mapper().createObjectNode() : envelope.params();
        if (!params.isObject()) {
            throw new WireException(envelope.event() + ": params must be an object");
        }
        try {
            return Wire.mapper().treeToValue(params, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            throw new WireException(envelope.event() + ": invalid params: " + e.getMessage(), e);
        }
    }

    private static Map<String, Class<?>> index(Class<?>... types) {
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        for (Class<?> type : types) {
            EventName name = type.getAnnotation(EventName.class);
            if (name == null || byName.put(name.value(), type) != null) {
                throw new IllegalStateException("missing or duplicate @EventName on " + type.getName());
            }
        }
        return Collections.unmodifiableMap(byName);
    }
}
