package org.tadaserver.gateway.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ClientAddressTest {
  private final ClientAddress behindNginx = ClientAddress.trusting("127.0.0.1, ::1");

  @Test
  void withoutTrustedProxiesThePeerIsTheClientWhateverTheHeadersSay() {
    ClientAddress direct = ClientAddress.direct();
    assertEquals("10.0.0.7", direct.resolve("10.0.0.7", "1.2.3.4", "5.6.7.8"));
  }

  @Test
  void anUntrustedPeerCannotSpoofItsAddress() {
    assertEquals("10.0.0.7", behindNginx.resolve("10.0.0.7", "1.2.3.4", "5.6.7.8"));
  }

  @Test
  void aTrustedProxyNamesTheClientInXForwardedFor() {
    assertEquals("203.0.113.9", behindNginx.resolve("127.0.0.1", "203.0.113.9", null));
  }

  @Test
  void theLastUntrustedHopCountsSoAClientCannotPrependAFakeOne() {
    assertEquals("203.0.113.9", behindNginx.resolve("127.0.0.1", "6.6.6.6, 203.0.113.9, 127.0.0.1", null));
  }

  @Test
  void xRealIpIsUsedWhenThereIsNoForwardedFor() {
    assertEquals("203.0.113.9", behindNginx.resolve("127.0.0.1", null, " 203.0.113.9 "));
  }

  @Test
  void garbageInTheHeadersFallsBackToThePeer() {
    assertEquals("127.0.0.1", behindNginx.resolve("127.0.0.1", "not-an-ip", "evil.example.org"));
    assertEquals("127.0.0.1", behindNginx.resolve("127.0.0.1", "", ""));
    assertEquals("127.0.0.1", behindNginx.resolve("127.0.0.1", "x".repeat(10_000), null));
  }

  @Test
  void ipv6AddressesAreComparedInCanonicalForm() {
    assertEquals("2001:db8:0:0:0:0:0:1", behindNginx.resolve("0:0:0:0:0:0:0:1", "2001:db8::1", null));
  }

  @Test
  void anUnknownPeerIsOneBucket() {
    assertEquals("unknown", behindNginx.resolve(null, "1.2.3.4", null));
  }

  @Test
  void trustedProxiesMustBeIpLiterals() {
    assertThrows(IllegalArgumentException.class, () -> ClientAddress.trusting("nginx.internal"));
    assertThrows(IllegalArgumentException.class, () -> ClientAddress.trusting("10.0.0.0/33"));
    assertThrows(IllegalArgumentException.class, () -> ClientAddress.trusting("10.0.0.0/x"));
    assertEquals("10.0.0.5", ClientAddress.trusting(" , 10.0.0.5,").resolve("10.0.0.5", null, null));
  }

  @Test
  void aTrustedNetworkCoversEveryProxyInIt() {
    ClientAddress ingress = ClientAddress.trusting("10.42.0.0/16, fd00::/8");
    assertEquals("203.0.113.9", ingress.resolve("10.42.7.19", "203.0.113.9", null));
    assertEquals("10.43.0.1", ingress.resolve("10.43.0.1", "203.0.113.9", null), "outside the network");
    assertEquals("203.0.113.9", ingress.resolve("fd12::5", "203.0.113.9", null));
    assertEquals("203.0.113.9", ingress.resolve("10.42.0.1", "203.0.113.9, 10.42.3.3", null));
  }
}
