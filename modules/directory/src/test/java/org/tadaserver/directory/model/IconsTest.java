package org.tadaserver.directory.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tadaserver.protocol.Wire;
import org.tadaserver.protocol.model.IconData;

class IconsTest {

  /** Verifies initials: first letter or digit of the first two words, upper-cased, "?" when there is none. */
  @Test
  void letters() {
    assertEquals("AL", Icons.letters("ada lovelace"));
    assertEquals("AB", Icons.letters("  Ada   Byron Lovelace "));
    assertEquals("A", Icons.letters("ada"));
    assertEquals("ИП", Icons.letters("иван петров"));
    assertEquals("J2", Icons.letters("(john) 2nd"));
    assertEquals("?", Icons.letters(""));
    assertEquals("?", Icons.letters(null));
    assertEquals("?", Icons.letters("--- ***"));
    assertEquals("𝔸B", Icons.letters("𝔸lpha beta"));
  }

  /** Verifies that the colour depends only on the uuid and that the palette is used across uuids. */
  @Test
  void colourIsDeterministicPerUuid() {
    UUID id = UUID.fromString("bd500a50-3a38-44d1-a43c-fb1a48e1a79e");
    assertEquals(Icons.color(id), Icons.color(UUID.fromString(id.toString())));
    assertEquals(Icons.generated(id, "A B").color(), Icons.generated(id, "Other Name").color());
    Set<String> used = new HashSet<>();
    for (int i = 0; i < 500; i++) {
      used.add(Icons.color(UUID.randomUUID()));
    }
    assertEquals(Icons.PALETTE.size(), used.size());
  }

  /** Verifies the wire shape: sm and lg present with a drawable SVG data URL and sizes, letters and colour set. */
  @Test
  void wireShapeHasDrawableSmAndLg() throws Exception {
    IconData icon = Icons.generated(UUID.randomUUID(), "Grace Hopper");
    JsonNode json = Wire.mapper().readTree(Wire.toJson(icon));
    assertEquals("GH", json.path("letters").asText());
    assertTrue(json.path("color").asText().matches("#[0-9a-f]{6}"));
    assertEquals(256, json.path("sm").path("width").asInt());
    assertEquals(256, json.path("sm").path("height").asInt());
    assertEquals(512, json.path("lg").path("width").asInt());
    String url = json.path("sm").path("url").asText();
    assertTrue(url.startsWith("data:image/svg+xml;base64,"), url);
    String svg = new String(Base64.getDecoder().decode(url.substring(url.indexOf(',') + 1)), StandardCharsets.UTF_8);
    assertTrue(svg.contains(">GH</text>") && svg.contains(icon.color()), svg);
    assertNotNull(json.get("lg").get("url"));
    assertTrue(json.path("stub").isMissingNode());
  }
}
