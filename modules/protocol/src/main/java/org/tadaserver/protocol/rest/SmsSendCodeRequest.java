package org.tadaserver.protocol.rest;

/**
 * Body of {@code POST /api/v4/auth/sms/send-code}.
 *
 * Lenient: every key is optional, null and "" read as "not given" (for JIDs and enums too), so the same record
 * serves create and partial update.
 */
public record SmsSendCodeRequest(
        String phone) {
}
