package org.tadaserver.protocol.model;

import org.tadaserver.protocol.OmitEmpty;

/**
 * Extra contact fields, mostly filled by imports and directory sync.
 *
 * @param source import source
 * @param adUid user id in Active Directory
 */
public record ContactCustomFields(
        @OmitEmpty String company,
        @OmitEmpty String department,
        @OmitEmpty String title,
        @OmitEmpty String mobilePhone,
        @OmitEmpty String source,
        @OmitEmpty String adUid) {
}
