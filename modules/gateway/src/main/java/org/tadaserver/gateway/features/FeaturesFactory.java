package org.tadaserver.gateway.features;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.tadaserver.calls.CallsConfig;
import org.tadaserver.gateway.GatewayConfig;
import org.tadaserver.protocol.Limits;
import org.tadaserver.protocol.model.Features;
import org.tadaserver.protocol.model.IceServer;

/**
 * The {@code /features.json} object of this node (reference Appendix A). Every key without omitempty is written, strings
 * as {@code ""} rather than null (the Dart and TS models throw on a missing or null non-optional key). Limits are the
 * node's {@link Limits}, the same ones the gateway and services enforce. What this server does not offer is switched
 * off: SMS, QR and 2FA login, free registration and, with no SFU configured, calls.
 *
 * <p>{@code host} is the node's public base URL: {@link GatewayConfig#publicUrl()} when configured, else taken from the
 * request (scheme, Host header and port, as the real server writes it: {@code https://web.tada.team:443}).
 * {@code userver} is that base plus {@code /u}.
 */
public final class FeaturesFactory {
  /** The server build; the jar's Implementation-Version when packaged with one. */
  static final String BUILD = versionOr("dev");
  private final String publicUrl;
  private final Features template;

  /** Features without ICE servers (calls are off). */
  public FeaturesFactory(GatewayConfig config) {
    this(config, List.of());
  }

  /**
   * Features advertising the given STUN/TURN servers ({@code urls} is one string each, as Go clients require), calls
   * off.
   */
  public FeaturesFactory(GatewayConfig config, List<IceServer> iceServers) {
    this(config, new CallsConfig("", iceServers, 16, 30, false));
  }

  /**
   * Features with calls as configured: with an SFU, {@code calls}, {@code calls_audio_enabled},
   * {@code mobile_calls} (if allowed) and {@code max_participants_per_call}; video stays off (the AudioBridge mixes
   * audio only, docs/calls.md).
   */
  public FeaturesFactory(GatewayConfig config, CallsConfig calls) {
    this.publicUrl = stripSlash(config.publicUrl() == null ? "" : config.publicUrl().strip());
    this.template = withCalls(template(config.limits(), calls.iceServers()), calls);
  }

  private static Features withCalls(Features features, CallsConfig calls) {
    boolean on = calls.enabled();
    return features.withCalls(on).withCallsAudioEnabled(on).withMobileCalls(on && calls.mobileCalls())
        .withMaxParticipantsPerCall(on ? calls.maxParticipants() : 0);
  }

  /** The features as a client reaching this node through {@code request} must see them. */
  public Features features(HttpServerRequest request) {
    return forBase(publicUrl.isEmpty() ? baseUrl(request) : publicUrl);
  }

  /** The features for a node whose public base URL is {@code base} ({@code scheme://host:port}). */
  public Features forBase(String base) {
    String host = URI.create(base).getHost();
    return template.withHost(base)
        .withUserver(base + "/u")
        .withInstallationType(host == null ? "" : host);
  }

  static String baseUrl(HttpServerRequest request) {
    String scheme = request.scheme() == null ? "http" : request.scheme();
    HostAndPort authority = request.authority();
    String host = authority != null ? authority.host() : request.localAddress().host();
    int port = authority != null ? authority.port() : request.localAddress().port();
    if (port < 0) {
      port = "https".equals(scheme) ? 443 : 80;
    }
    if (host.indexOf(':') >= 0 && !host.startsWith("[")) {
      host = "[" + host + "]";
    }
    return scheme + "://" + host + ":" + port;
  }

  private static Features template(Limits limits, List<IceServer> iceServers) {
    return Features.builder()
        .host("").serverBuild(BUILD).desktopVersion("").frontVersion("").appTitle("tada").appSchemes(List.of())
        .userver("").iosApp("").androidApp("").iosCorpApp("").androidCorpApp("").theme("classic")
        .minAppVersion("").minIosVersion("").minAndroidVersion("").minCorpIosVersion("").minCorpAndroidVersion("")
        .freeRegistration(false)
        .maxUploadMb(limits.maxUploadMb()).maxLinkedMessages(limits.maxLinkedMessages())
        .maxMessageUploads(limits.maxMessageUploads()).maxUsernamePartLength(limits.maxUsernamePartLength())
        .maxGroupTitleLength(limits.maxGroupTitleLength()).maxTeamTitleLength(limits.maxTeamTitleLength())
        .maxRoleLength(limits.maxRoleLength()).maxMoodLength(limits.maxMoodLength())
        .maxMessageLength(limits.maxMessageLength()).maxSectionLength(limits.maxSectionLength())
        .maxProjectLength(limits.maxProjectLength()).maxTagLength(limits.maxTagLength())
        .maxTaskTitleLength(limits.maxTaskTitleLength()).maxUrlLength(limits.maxUrlLength())
        .maxTeams(limits.maxTeams()).maxMessageSearchLimit(limits.maxMessageSearchLimit())
        .minSearchLength(limits.minSearchLength())
        .afkAge(limits.afkAgeSeconds()).resendTimeout(limits.resendTimeoutSeconds())
        .authByPassword(true)
        .iceServers(iceServers)
        .customServer(true).installationType("").isTesting(false)
        .metrika("").sentryDsnJs("")
        .firebaseAppId("").firebaseSenderId("").firebaseApiKey("").firebaseAuthDomain("").firebaseDatabaseUrl("")
        .firebaseProjectId("").firebaseStorageBucket("").safariPushId("")
        .messageUploads(limits.maxMessageUploads() > 1)
        // tasks: checklists, the task board (tabs), messages in tasks, public tasks and tags (deprecated switches
        // older clients still read)
        .taskChecklist(true).taskDashboard(true).taskMessages(true).taskPublic(true).taskTags(true)
        .terms(Map.of())
        .supportEmail("")
        .build();
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  private static String versionOr(String fallback) {
    String version = FeaturesFactory.class.getPackage().getImplementationVersion();
    return version == null || version.isBlank() ? fallback : version;
  }
}
