package org.tadaserver.protocol.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tadaserver.protocol.ApiError;
import org.tadaserver.protocol.OmitEmpty;

import java.util.Map;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

/**
 * The REST envelope ({@code tdapi.Resp}): {@code {"ok":true,"result":...}} or
 * {@code {"ok":false,"error":"NOT_FOUND", ...}}. tdclient ignores HTTP statuses and reads only this body, so every
 * response, errors included, must be one. {@code error} is a string code, never an object.
 *
 * @param ok      success flag
 * @param result  the payload when ok; left out when null
 * @param error   the error code when not ok
 * @param details field to message, for {@code INVALID_DATA}
 * @param reason  readable reason, for {@code ACCESS_DENIED}
 * @param time    optional debug timing such as {@code "70ms"}
 */
public record ApiResponse(
        boolean ok,
        @JsonInclude(NON_NULL) Object result,
        @JsonInclude(NON_NULL) ApiError error,
        @OmitEmpty Map<String, String> details,
        @OmitEmpty String reason,
        @JsonProperty("_time") @OmitEmpty String time) {

    /** A success envelope. */
    public static ApiResponse ok(Object result) {
        return new ApiResponse(true, result, null, null, null, null);
    }

    /** An error envelope without details. */
    public static ApiResponse error(ApiError error) {
        return new ApiResponse(false, null, error, null, null, null);
    }

    /** An {@code INVALID_DATA} envelope naming the bad fields. */
    public static ApiResponse invalid(Map<String, String> details) {
        return new ApiResponse(false, null, ApiError.INVALID_DATA, details, null, null);
    }

    /** An {@code ACCESS_DENIED} envelope with a readable reason. */
    public static ApiResponse denied(String reason) {
        return new ApiResponse(false, null, ApiError.ACCESS_DENIED, null, reason, null);
    }
}
