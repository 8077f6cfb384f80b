package org.tadaserver.directory.model;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.tadaserver.protocol.model.IconData;
import org.tadaserver.protocol.model.SingleIcon;

/**
 * Generated icons for contacts and teams that have no uploaded image: one or two initials of the name on a colour
 * picked from {@link #PALETTE} by the object's uuid, so an icon never changes colour when the name changes.
 *
 * <p>What clients do with an icon decided the shape. The latest tdproto declares {@code sm} and {@code lg} as plain
 * (non-pointer) {@code SingleIcon}s, and the Flutter model generated from it ({@code tdproto_dart}) casts
 * {@code json['sm']} to a map without a null check, so leaving {@code sm}/{@code lg} out breaks that client's decoding
 * of every contact and team. Clients that know generated icons draw {@code letters} on {@code color}; since
 * {@code sm}/{@code lg} are always present, a non-empty {@code letters} is the only way they can tell a generated icon
 * from an upload. Older clients draw {@code sm.url} (tdproto's old {@code SmUrlOrStub}). So {@code sm} and {@code lg}
 * carry a real picture of the same icon: a self-contained SVG {@code data:} URL. It needs no host name and no HTTP
 * route, and any browser-based client (web, desktop) renders it; the SVG has only a view box, so one URL serves both
 * sizes. A native client that cannot load {@code data:} URLs falls back to its own placeholder, which is what it shows
 * for a broken link anyway. {@code stub} (deprecated) is left out.
 */
public final class Icons {
  /** Background colours; each keeps white letters readable (WCAG contrast at least 4.5:1). */
  static final List<String> PALETTE = List.of(
      "#d32f2f", "#c2185b", "#8e24aa", "#5e35b1", "#3949ab", "#1565c0",
      "#0277bd", "#00838f", "#00695c", "#2e7d32", "#6d4c41", "#546e7a");
  public static final int SMALL_PX = 256;
  public static final int LARGE_PX = 512;

  private Icons() {}

  /** The generated icon of an object named {@code name} (a display name or team name). */
  public static IconData generated(UUID id, String name) {
    return of(letters(name), color(id));
  }

  /** The icon for stored {@code letters} and {@code color} (as {@link #letters} and {@link #color} made them). */
  public static IconData of(String letters, String color) {
    String url = svgDataUrl(letters, color);
    return new IconData(new SingleIcon(url, SMALL_PX, SMALL_PX), new SingleIcon(url, LARGE_PX, LARGE_PX),
        letters, color, null, null);
  }

  /** The palette colour of {@code id}: the same in every process, as {@link UUID#hashCode} is specified. */
  public static String color(UUID id) {
    return PALETTE.get(Math.floorMod(id.hashCode(), PALETTE.size()));
  }

  /**
   * Up to two initials, upper-cased: the first letter or digit of each of the first two words. A name without any
   * letter or digit gives {@code "?"}.
   */
  public static String letters(String name) {
    List<Integer> initials = new ArrayList<>(2);
    for (String word : (name == null ? "" : name.strip()).split("\\s+")) {
      word.codePoints().filter(Character::isLetterOrDigit).findFirst().ifPresent(initials::add);
      if (initials.size() == 2) {
        break;
      }
    }
    if (initials.isEmpty()) {
      return "?";
    }
    StringBuilder out = new StringBuilder();
    initials.forEach(out::appendCodePoint);
    return out.toString().toUpperCase(Locale.ROOT);
  }

  private static String svgDataUrl(String letters, String color) {
    String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 100\">"
        + "<rect width=\"100\" height=\"100\" fill=\"" + xmlEscape(color) + "\"/>"
        + "<text x=\"50\" y=\"50\" dy=\".35em\" text-anchor=\"middle\" font-family=\"sans-serif\" font-size=\"42\""
        + " fill=\"#ffffff\">" + xmlEscape(letters) + "</text></svg>";
    return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
  }

  private static String xmlEscape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
