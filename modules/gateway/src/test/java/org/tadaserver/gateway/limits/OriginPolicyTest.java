package org.tadaserver.gateway.limits;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OriginPolicyTest {
  @Test
  void anEmptyListAllowsEveryOrigin() {
    OriginPolicy any = OriginPolicy.parse(" ");
    assertFalse(any.restricted());
    assertTrue(any.allows("https://evil.example.org"));
  }

  @Test
  void onlyListedOriginsAreAllowedIgnoringCaseAndATrailingSlash() {
    OriginPolicy policy = OriginPolicy.parse("https://chat.example.org, http://localhost:3000");
    assertTrue(policy.allows("https://chat.example.org"));
    assertTrue(policy.allows("HTTPS://Chat.Example.org/"));
    assertTrue(policy.allows("http://localhost:3000"));
    assertFalse(policy.allows("http://chat.example.org"), "another scheme is another origin");
    assertFalse(policy.allows("http://localhost:3001"));
    assertFalse(policy.allows("https://chat.example.org.evil.com"));
    assertFalse(policy.allows("null"), "sandboxed pages send the origin null");
  }

  @Test
  void aHandshakeWithoutOriginIsANativeClientAndPasses() {
    assertTrue(OriginPolicy.parse("https://chat.example.org").allows(null));
  }

  @Test
  void entriesThatAreNotOriginsAreRejected() {
    for (String bad : new String[] {"chat.example.org", "https://chat.example.org/app", "ftp://x.org",
        "https://user@x.org", "https://x.org?q=1", "*"}) {
      assertThrows(IllegalArgumentException.class, () -> OriginPolicy.parse(bad), bad);
    }
  }
}
