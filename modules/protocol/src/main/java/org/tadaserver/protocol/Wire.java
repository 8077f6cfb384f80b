package org.tadaserver.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * The one Jackson mapper for everything that goes on the wire. Its rules:
 * <ul>
 *   <li>snake_case property names by default (records use camelCase components);</li>
 *   <li>unknown properties are ignored on read (clients and newer servers send more than we model);</li>
 *   <li>{@link Instant}s are written as {@link IsoTime} strings ({@code 2019-09-18T00:00:07.435409Z}) and read from any
 *       RFC 3339 string;</li>
 *   <li>{@code null} for a primitive (for example {@code "afk": null}) reads as false/0, like Go's decoder.</li>
 * </ul>
 * The mapper is thread-safe and must not be reconfigured by callers.
 */
public final class Wire {

    private static final ObjectMapper MAPPER = strictScalars(JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .addModule(timeModule()))
            .build();

    /**
     * Type checks like Go's {@code encoding/json}, which every real client and server of this protocol uses: {@code "5"}
     * is not a number, {@code 5} is not a string, {@code "true"} is not a boolean, {@code 1.5} is not an integer. A
     * wrongly typed field is an error the caller reports (422 or {@code server.warning}), never a silent conversion.
     */
    private static JsonMapper.Builder strictScalars(JsonMapper.Builder builder) {
        builder.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .withCoercionConfig(LogicalType.Textual, text -> text
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
        for (LogicalType scalar : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            builder.withCoercionConfig(scalar, config -> config
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail));
        }
        return builder;
    }

    private Wire() {
    }

    /** The shared mapper. Use it for every wire encoding and decoding; do not reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Encodes a value as compact JSON.
     *
     * @throws IllegalArgumentException if the value cannot be serialised (a programming error)
     */
    public static String toJson(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot encode " + value.getClass().getName(), e);
        }
    }

    /**
     * Decodes JSON text into the given type.
     *
     * @throws WireException if the text is not JSON or does not fit the type (bad client input)
     */
    public static <T> T fromJson(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new WireException("invalid " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SimpleModule timeModule() {
        SimpleModule module = new SimpleModule("tada-time");
        module.addSerializer(Instant.class, new JsonSerializer<>() {
            @Override
            public void serialize(Instant value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeString(IsoTime.format(value));
            }
        });
        module.addDeserializer(Instant.class, new JsonDeserializer<>() {
            @Override
            public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
                }
                String text = p.getText();
                if (text.isEmpty()) {
                    return null; // Go writes "" for an unset ISODateTimeString without omitempty.
                }
                try {
                    return IsoTime.parse(text);
                } catch (IllegalArgumentException e) {
                    return (Instant) ctxt.handleWeirdStringValue(Instant.class, text, e.getMessage());
                }
            }
        });
        return module;
    }
}
