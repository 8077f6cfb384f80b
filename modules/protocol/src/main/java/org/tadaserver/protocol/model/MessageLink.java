package org.tadaserver.protocol.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.tadaserver.protocol.OmitEmpty;

import java.util.List;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

/**
 * A link found in a text: "{pattern}" is shown as a link to {url} with text {text}.
 *
 * @param pattern text fragment to replace
 * @param url internal (tadateam://) or external link
 * @param text replacement text
 * @param preview website preview
 * @param uploads upload info for upload links
 * @param nopreview previews disabled
 * @param youtubeId YouTube video id
 */
public record MessageLink(
        String pattern,
        String url,
        String text,
        @JsonInclude(NON_NULL) MessageLinkPreview preview,
        @OmitEmpty List<Upload> uploads,
        @OmitEmpty boolean nopreview,
        @OmitEmpty String youtubeId) {
}
