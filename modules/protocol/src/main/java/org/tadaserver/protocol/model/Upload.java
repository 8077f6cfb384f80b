package org.tadaserver.protocol.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.tadaserver.protocol.OmitEmpty;
import org.tadaserver.protocol.enums.UploadMediaType;

import java.time.Instant;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

/**
 * An uploaded file. Requests reference uploads by uid; responses carry these objects.
 *
 * @param uid upload id
 * @param created upload time
 * @param size bytes
 * @param duration seconds, audio/video only
 * @param name file name
 * @param url absolute download URL
 * @param preview preview image
 * @param contentType MIME type
 * @param animated animated image
 * @param blurhash image placeholder
 * @param processing video still processing
 * @param pdfVersion PDF rendering
 * @param type kind of upload
 */
public record Upload(
        String uid,
        Instant created,
        long size,
        @OmitEmpty int duration,
        String name,
        String url,
        @JsonInclude(NON_NULL) UploadPreview preview,
        String contentType,
        @OmitEmpty boolean animated,
        @OmitEmpty String blurhash,
        @OmitEmpty boolean processing,
        @JsonInclude(NON_NULL) PdfVersion pdfVersion,
        UploadMediaType type) {
}
