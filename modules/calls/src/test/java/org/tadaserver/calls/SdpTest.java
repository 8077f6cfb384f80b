package org.tadaserver.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.protocol.ApiError;

class SdpTest {

  /** Verifies that an offer with a media section passes unchanged. */
  @Test
  void acceptsAnOffer() {
    String sdp = "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\n";
    assertEquals(sdp, Sdp.requireOffer(sdp));
  }

  /** Verifies that missing, empty, non-SDP, media-less and oversized offers are INVALID_DATA naming sdp. */
  @Test
  void refusesMalformedOffers() {
    for (String bad : new String[] {null, "", "  ", "garbage", "v=0\r\ns=-\r\n", "m=audio 9 RTP/AVP 0\r\n",
        "v=0\nm=audio " + "x".repeat(Sdp.MAX_CHARS)}) {
      ServiceException e = assertThrows(ServiceException.class, () -> Sdp.requireOffer(bad));
      assertEquals(ApiError.INVALID_DATA, e.error());
    }
  }
}
