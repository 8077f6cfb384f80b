package org.tadaserver.protocol;

import org.junit.jupiter.api.Test;
import org.tadaserver.protocol.rest.ApiResponse;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ApiErrorTest {

    /** Verifies the HTTP status of every code (tdapi/err.go plus our BAD_REQUEST and TOO_LARGE). */
    @Test
    void statuses() {
        Map<ApiError, Integer> expected = Map.ofEntries(
                Map.entry(ApiError.EMPTY_TOKEN, 401), Map.entry(ApiError.INVALID_TOKEN, 401),
                Map.entry(ApiError.EMPTY_SESSION, 401), Map.entry(ApiError.ACCESS_DENIED, 403),
                Map.entry(ApiError.NOT_FOUND, 404), Map.entry(ApiError.INVALID_METHOD, 405),
                Map.entry(ApiError.INVALID_DATA, 422), Map.entry(ApiError.RATE_LIMIT, 429),
                Map.entry(ApiError.INTERNAL_SERVER_ERROR, 500), Map.entry(ApiError.BAD_REQUEST, 400),
                Map.entry(ApiError.TOO_LARGE, 413));
        assertEquals(expected.size(), ApiError.values().length);
        expected.forEach((error, status) -> assertEquals(status, error.status(), error.name()));
    }

    /** Verifies that the REST envelope carries the error as a string code and leaves out empty parts. */
    @Test
    void envelopes() {
        assertEquals("{\"ok\":false,\"error\":\"NOT_FOUND\"}", Wire.toJson(ApiResponse.error(ApiError.NOT_FOUND)));
        assertEquals("{\"ok\":true,\"result\":\"pong\"}", Wire.toJson(ApiResponse.ok("pong")));
        assertEquals("{\"ok\":true}", Wire.toJson(ApiResponse.ok(null)));
        assertEquals("{\"ok\":false,\"error\":\"INVALID_DATA\",\"details\":{\"name\":\"required\"}}",
                Wire.toJson(ApiResponse.invalid(Map.of("name", "required"))));
        assertEquals("{\"ok\":false,\"error\":\"ACCESS_DENIED\",\"reason\":\"admins only\"}",
                Wire.toJson(ApiResponse.denied("admins only")));
        assertEquals("INVALID_TOKEN", ApiError.INVALID_TOKEN.code());
    }
}
