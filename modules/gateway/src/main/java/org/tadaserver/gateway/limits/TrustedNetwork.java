package org.tadaserver.gateway.limits;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * One entry of {@code gateway.trusted_proxies}: an IP address, or a network in CIDR form ({@code 10.0.0.0/8},
 * {@code fd00::/8}) for proxies whose addresses change (an ingress controller's pods).
 */
record TrustedNetwork(byte[] network, int prefixBits) {

  /** Parses {@code entry}; fails with {@link IllegalArgumentException} on anything but an IP literal or CIDR. */
  static TrustedNetwork parse(String entry) {
    int slash = entry.indexOf('/');
    String address = slash < 0 ? entry : entry.substring(0, slash);
    byte[] bytes = bytes(ClientAddress.canonical(address));
    if (bytes == null) {
      throw new IllegalArgumentException("gateway.trusted_proxies: not an IP address or network: " + entry);
    }
    int bits = bytes.length * 8;
    if (slash >= 0) {
      try {
        bits = Integer.parseInt(entry.substring(slash + 1));
      } catch (NumberFormatException e) {
        bits = -1;
      }
      if (bits < 0 || bits > bytes.length * 8) {
        throw new IllegalArgumentException("gateway.trusted_proxies: bad prefix length: " + entry);
      }
    }
    return new TrustedNetwork(bytes, bits);
  }

  /** Whether {@code canonicalAddress} (as {@link ClientAddress#canonical} writes it) is in this network. */
  boolean contains(String canonicalAddress) {
    byte[] address = bytes(canonicalAddress);
    if (address == null || address.length != network.length) {
      return false;
    }
    for (int bit = 0; bit < prefixBits; bit++) {
      int mask = 0x80 >>> (bit % 8);
      if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
        return false;
      }
    }
    return true;
  }

  private static byte[] bytes(String canonicalAddress) {
    if (canonicalAddress == null) {
      return null;
    }
    try {
      return InetAddress.getByName(canonicalAddress).getAddress();
    } catch (UnknownHostException e) {
      return null;
    }
  }
}
