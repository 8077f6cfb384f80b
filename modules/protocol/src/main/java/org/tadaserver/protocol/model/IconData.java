package org.tadaserver.protocol.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.tadaserver.protocol.OmitEmpty;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

/**
 * Icon of a contact, chat or team: {@code sm}+{@code lg} for an uploaded image, or
 * {@code letters}+{@code color} (and the deprecated {@code stub} URL) for an icon generated from the display name.
 *
 * @param sm small icon, null for a generated icon
 * @param lg large icon, null for a generated icon
 * @param letters one or two letters of a generated icon
 * @param color background colour of a generated icon
 * @param stub deprecated: URL of the generated icon image
 * @param blurhash compact placeholder of the image (experimental)
 */
public record IconData(
        @JsonInclude(NON_NULL) SingleIcon sm,
        @JsonInclude(NON_NULL) SingleIcon lg,
        @OmitEmpty String letters,
        @OmitEmpty String color,
        @OmitEmpty String stub,
        @OmitEmpty String blurhash) {

    /** A generated icon: letters on a coloured background. */
    public static IconData generated(String letters, String color) {
        return new IconData(null, null, letters, color, null, null);
    }

    /** An uploaded image in two sizes. */
    public static IconData image(SingleIcon sm, SingleIcon lg) {
        return new IconData(sm, lg, null, null, null, null);
    }
}
