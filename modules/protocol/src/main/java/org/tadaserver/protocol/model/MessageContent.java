package org.tadaserver.protocol.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.OmitEmpty;
import org.tadaserver.protocol.enums.Mediasubtype;
import org.tadaserver.protocol.enums.Mediatype;

import java.util.List;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

/**
 * Message content. The upload fields ({@code upload}, {@code mediaURL}, ...) are deprecated in favour of
 * {@code Message.uploads} but real servers still fill them for file messages; note their camelCase keys.
 *
 * @param text text representation
 * @param type content type
 * @param subtype subtype
 * @param upload deprecated: upload id
 * @param mediaUrl deprecated: upload URL
 * @param size deprecated: upload size
 * @param duration deprecated: upload duration
 * @param processing deprecated: upload processing
 * @param previewHeight deprecated
 * @param previewWidth deprecated
 * @param previewUrl deprecated
 * @param preview2xUrl deprecated
 * @param name deprecated: upload name
 * @param animated deprecated
 * @param blurhash deprecated
 * @param title change: title
 * @param newValue change: new value
 * @param oldValue change: old value
 * @param actor change: acting contact
 * @param comment audiomsg: comment
 * @param givenName contact: given name
 * @param familyName contact: family name
 * @param patronymic contact: patronymic
 * @param phones contact: phones
 * @param emails contact: emails
 * @param stickerpack sticker: pack name
 * @param pdfVersion PDF rendering
 */
@RecordBuilder
public record MessageContent(
        String text,
        Mediatype type,
        @OmitEmpty Mediasubtype subtype,
        @OmitEmpty String upload,
        @JsonProperty("mediaURL") @OmitEmpty String mediaUrl,
        @OmitEmpty long size,
        @JsonInclude(NON_NULL) Integer duration,
        @OmitEmpty boolean processing,
        @JsonProperty("previewHeight") @OmitEmpty int previewHeight,
        @JsonProperty("previewWidth") @OmitEmpty int previewWidth,
        @JsonProperty("previewURL") @OmitEmpty String previewUrl,
        @JsonProperty("preview2xURL") @OmitEmpty String preview2xUrl,
        @OmitEmpty String name,
        @OmitEmpty boolean animated,
        @OmitEmpty String blurhash,
        @OmitEmpty String title,
        @JsonProperty("new") @JsonInclude(NON_NULL) String newValue,
        @JsonProperty("old") @JsonInclude(NON_NULL) String oldValue,
        @JsonInclude(NON_NULL) Jid actor,
        @OmitEmpty String comment,
        @JsonInclude(NON_NULL) String givenName,
        @JsonInclude(NON_NULL) String familyName,
        @JsonInclude(NON_NULL) String patronymic,
        @JsonInclude(NON_NULL) List<String> phones,
        @JsonInclude(NON_NULL) List<String> emails,
        @OmitEmpty String stickerpack,
        @JsonInclude(NON_NULL) PdfVersion pdfVersion) implements MessageContentBuilder.With {

    /** A builder with every component unset (null, false or 0). */
    public static MessageContentBuilder builder() {
        return MessageContentBuilder.builder();
    }

    /** Plain text content. */
    public static MessageContent plain(String text) {
        return builder().text(text).type(Mediatype.PLAIN).build();
    }
}
