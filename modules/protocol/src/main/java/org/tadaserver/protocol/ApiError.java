package org.tadaserver.protocol;

/**
 * REST error codes ({@code tdapi.Err}) with their HTTP status. The JSON form is the constant name, sent as the
 * {@code error} string of the {@code {ok:false, error}} envelope. {@link #BAD_REQUEST} and {@link #TOO_LARGE} are ours:
 * tdapi has no code for malformed JSON or an oversized body.
 */
public enum ApiError {
    EMPTY_TOKEN(401),
    INVALID_TOKEN(401),
    EMPTY_SESSION(401),
    ACCESS_DENIED(403),
    NOT_FOUND(404),
    INVALID_METHOD(405),
    INVALID_DATA(422),
    RATE_LIMIT(429),
    INTERNAL_SERVER_ERROR(500),
    /** Ours: the body is not valid JSON. */
    BAD_REQUEST(400),
    /** Ours: the body exceeds the configured limit. */
    TOO_LARGE(413);

    private final int status;

    ApiError(int status) {
        this.status = status;
    }

    /** The HTTP status to answer with. */
    public int status() {
        return status;
    }

    /** The code string as sent in the envelope's {@code error} field. */
    public String code() {
        return name();
    }
}
