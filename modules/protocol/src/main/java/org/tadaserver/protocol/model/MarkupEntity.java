package org.tadaserver.protocol.model;

import org.tadaserver.protocol.OmitEmpty;
import org.tadaserver.protocol.enums.MarkupType;

import java.util.List;

/**
 * A markup span of a text: open/close offsets into the text (experimental).
 *
 * @param op open marker offset
 * @param oplen open marker length
 * @param cl close marker offset
 * @param cllen close marker length
 * @param typ markup type
 * @param url link target (link type)
 * @param repl replacement text
 * @param time time value (time type)
 * @param childs nested entities
 */
public record MarkupEntity(
        int op,
        @OmitEmpty int oplen,
        int cl,
        @OmitEmpty int cllen,
        MarkupType typ,
        @OmitEmpty String url,
        @OmitEmpty String repl,
        @OmitEmpty String time,
        @OmitEmpty List<MarkupEntity> childs) {
}
