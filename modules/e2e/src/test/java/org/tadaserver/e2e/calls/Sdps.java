package org.tadaserver.e2e.calls;

/** SDP offers as a browser would send them (one Opus audio section, DTLS fingerprint, ICE credentials). */
final class Sdps {
  private Sdps() {}

  static String audioOffer() {
    return String.join("\r\n",
        "v=0",
        "o=- 4611731400430051336 2 IN IP4 127.0.0.1",
        "s=-",
        "t=0 0",
        "a=group:BUNDLE 0",
        "a=msid-semantic: WMS",
        "m=audio 9 UDP/TLS/RTP/SAVPF 111",
        "c=IN IP4 0.0.0.0",
        "a=rtcp:9 IN IP4 0.0.0.0",
        "a=ice-ufrag:abcd",
        "a=ice-pwd:abcdefghijklmnopqrstuvwx",
        "a=ice-options:trickle",
        "a=fingerprint:sha-256 " + String.join(":", java.util.Collections.nCopies(32, "AB")),
        "a=setup:actpass",
        "a=mid:0",
        "a=sendrecv",
        "a=rtcp-mux",
        "a=rtpmap:111 opus/48000/2",
        "a=fmtp:111 minptime=10;useinbandfec=1",
        "");
  }

  static int mediaSections(String sdp) {
    return (int) sdp.lines().filter(l -> l.startsWith("m=")).count();
  }
}
