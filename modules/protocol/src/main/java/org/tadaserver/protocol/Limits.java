package org.tadaserver.protocol;

/**
 * The limits this server enforces and advertises in {@code /features.json}. One instance per node, from configuration
 * ({@code limits.*} in conf/application.yaml); every module that checks input takes its numbers from here so the
 * advertised and the enforced limits can never differ.
 */
public record Limits(
    int maxMessageLength,
    int maxLinkedMessages,
    int maxMessageUploads,
    int maxUploadMb,
    int maxGroupTitleLength,
    int maxTaskTitleLength,
    int maxTeamTitleLength,
    int maxSectionLength,
    int maxProjectLength,
    int maxTagLength,
    int maxRoleLength,
    int maxMoodLength,
    int maxUsernamePartLength,
    int maxUrlLength,
    int maxTeams,
    int minSearchLength,
    int maxMessageSearchLimit,
    int afkAgeSeconds,
    int resendTimeoutSeconds) {

  /** The defaults of conf/application.yaml. */
  public static final Limits DEFAULTS =
      new Limits(16_384, 100, 10, 100, 100, 200, 100, 100, 100, 50, 100, 100, 100, 2_048, 100, 2, 200, 300, 10);
}
