package org.tadaserver.protocol.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Body of {@code POST /api/v4/auth/password/get-token}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PasswordLoginRequest(String username, String password) {}
