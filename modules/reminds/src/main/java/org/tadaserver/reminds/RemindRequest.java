package org.tadaserver.reminds;

/**
 * Body of {@code POST /api/v4/teams/{team}/reminds}. Fields stay strings so that the service names the offending
 * field precisely; null means "not given".
 *
 * @param chat the chat's JID ({@code d-}, {@code g-} or {@code t-})
 * @param fireAt RFC 3339 time with an offset ({@code 2030-01-01T10:00:00.000000Z}); must be in the future
 * @param comment optional text shown with the remind
 */
public record RemindRequest(String chat, String fireAt, String comment) {}
