package org.tadaserver.gateway.limits;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which web pages may open a WebSocket to this server ({@code gateway.allowed_origins}). Browsers send the page's
 * {@code Origin} with a WebSocket handshake and do not apply CORS to it, so without this check any site a user visits
 * could open a socket with a token it got hold of. Native clients (the Go and Dart tdclients, mobile apps) send no
 * Origin and are always let through. An empty list allows every origin.
 */
public final class OriginPolicy {
  public static final OriginPolicy ANY = new OriginPolicy(Set.of());
  private final Set<String> allowed;

  private OriginPolicy(Set<String> allowed) {
    this.allowed = allowed;
  }

  /**
   * Parses a comma separated list of origins such as {@code https://chat.example.org} or {@code http://localhost:3000}.
   * Fails with {@link IllegalArgumentException} on an entry that is not scheme://host[:port].
   */
  public static OriginPolicy parse(String csv) {
    Set<String> origins = Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty())
        .map(OriginPolicy::validated).collect(Collectors.toUnmodifiableSet());
    return new OriginPolicy(origins);
  }

  /** Whether a handshake carrying {@code origin} (null when absent) may proceed. */
  public boolean allows(String origin) {
    return allowed.isEmpty() || origin == null || allowed.contains(normalized(origin));
  }

  public boolean restricted() {
    return !allowed.isEmpty();
  }

  private static String validated(String origin) {
    String normalized = normalized(origin);
    try {
      URI uri = new URI(normalized);
      boolean web = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
      boolean bare = uri.getRawPath() == null || uri.getRawPath().isEmpty();
      if (web && uri.getHost() != null && bare && uri.getRawQuery() == null && uri.getRawUserInfo() == null) {
        return normalized;
      }
    } catch (URISyntaxException ignored) {
      // reported below
    }
    throw new IllegalArgumentException("gateway.allowed_origins: not an origin (scheme://host[:port]): " + origin);
  }

  private static String normalized(String origin) {
    String o = origin.strip().toLowerCase(Locale.ROOT);
    return o.endsWith("/") ? o.substring(0, o.length() - 1) : o;
  }
}
