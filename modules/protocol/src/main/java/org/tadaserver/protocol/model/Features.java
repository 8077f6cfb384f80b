package org.tadaserver.protocol.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;
import org.tadaserver.protocol.OmitEmpty;
import org.tadaserver.protocol.enums.IceTransportPolicy;

import java.util.List;
import java.util.Map;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

/**
 * Server information served bare (no envelope) at {@code /features.json}. Carries every key of the seed spec,
 * of reference Appendix A and of the generated Dart model (which throws when a non-optional key is missing); keys without
 * omitempty are always written. {@code ice_servers[].urls} is a single string. {@code terms}, {@code app_schemes} and
 * {@code ice_servers} are never null. Build with {@link #builder()}.
 *
 * @param host current host
 * @param serverBuild server build/revision (named so because build() is the builder method)
 * @param appSchemes local application URL schemes
 * @param userver static/upload file server base URL
 * @param iosApp AppStore link
 * @param androidApp Google Play link
 * @param theme default UI theme
 * @param afkAge idle seconds before "away"
 * @param resendTimeout seconds before clients resend unconfirmed events
 * @param customServer true for on-premise installations
 * @param serverDrafts drafts are stored on the server
 * @param calls deprecated
 * @param callsVersion deprecated
 * @param messageUploads several uploads per message
 * @param terms team entity naming keyed by Go field names (EnTeam, RuTeam, ...)
 * @param background deprecated (seed only)
 * @param readonlyGroups deprecated
 * @param taskChecklist deprecated
 * @param taskDashboard deprecated
 * @param taskMessages deprecated
 * @param taskPublic deprecated
 * @param taskTags deprecated
 */
@RecordBuilder
public record Features(
        String host,
        @JsonProperty("build") String serverBuild,
        String desktopVersion,
        String frontVersion,
        String appTitle,
        @OmitEmpty String landingUrl,
        List<String> appSchemes,
        String userver,
        String iosApp,
        String androidApp,
        String iosCorpApp,
        String androidCorpApp,
        String theme,
        String minAppVersion,
        String minIosVersion,
        String minAndroidVersion,
        String minCorpIosVersion,
        String minCorpAndroidVersion,
        boolean freeRegistration,
        int maxUploadMb,
        int maxLinkedMessages,
        int maxMessageUploads,
        int maxUsernamePartLength,
        int maxGroupTitleLength,
        int maxTeamTitleLength,
        int maxRoleLength,
        int maxMoodLength,
        int maxMessageLength,
        int maxSectionLength,
        int maxProjectLength,
        int maxTagLength,
        int maxTaskTitleLength,
        int maxColorRuleDescriptionLength,
        int maxUrlLength,
        int maxIntegrationCommentLength,
        int maxTeams,
        int maxMessageSearchLimit,
        int minSearchLength,
        boolean multiNodes,
        int afkAge,
        int resendTimeout,
        @OmitEmpty boolean authByPassword,
        @OmitEmpty boolean authByQrCode,
        @OmitEmpty boolean authBySms,
        @JsonProperty("auth_2fa") @OmitEmpty boolean auth2fa,
        boolean isPinCodeRequired,
        int pinCodeWrongLimit,
        @OmitEmpty List<OAuthService> oauthServices,
        List<IceServer> iceServers,
        @OmitEmpty IceTransportPolicy iceTransportPolicy,
        boolean customServer,
        String installationType,
        @OmitEmpty String installationTitle,
        @OmitEmpty String customAppIconName,
        @OmitEmpty String appLoginBackground,
        @OmitEmpty String webLoginBackground,
        boolean isTesting,
        String metrika,
        @OmitEmpty String amplitudeApiKey,
        String sentryDsnJs,
        boolean serverDrafts,
        String firebaseAppId,
        String firebaseSenderId,
        String firebaseApiKey,
        String firebaseAuthDomain,
        String firebaseDatabaseUrl,
        String firebaseProjectId,
        String firebaseStorageBucket,
        String safariPushId,
        boolean calls,
        int callsVersion,
        boolean callsAudioEnabled,
        boolean callsVideoEnabled,
        boolean callsVideoMultistreamEnabled,
        boolean callsRecord,
        boolean mobileCalls,
        @OmitEmpty boolean onlyOneDevicePerCall,
        @OmitEmpty int maxParticipantsPerCall,
        boolean messageUploads,
        Map<String,String> terms,
        boolean singleGroupTeams,
        boolean wikiPages,
        @OmitEmpty boolean allowAdminMute,
        @JsonInclude(NON_NULL) Wallpaper defaultWallpaper,
        @OmitEmpty boolean canChangeUserTheme,
        String supportEmail,
        boolean customTheme,
        boolean threadsEnabled,
        @OmitEmpty String background,
        boolean readonlyGroups,
        boolean taskChecklist,
        boolean taskDashboard,
        boolean taskMessages,
        boolean taskPublic,
        boolean taskTags,
        @OmitEmpty List<String> fileExtensionWhitelist,
        @OmitEmpty List<String> fileExtensionBlacklist,
        @OmitEmpty boolean fileExtensionWhitelistPriority) implements FeaturesBuilder.With {

    /** A builder with every component unset (null, false or 0). */
    public static FeaturesBuilder builder() {
        return FeaturesBuilder.builder();
    }

    public Features {
        appSchemes = appSchemes == null ? List.of() : appSchemes;
        iceServers = iceServers == null ? List.of() : iceServers;
        terms = terms == null ? Map.of() : terms;
    }
}
