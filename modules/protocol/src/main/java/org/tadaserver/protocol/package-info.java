/**
 * The tada.team wire protocol as Java types: the shared JSON mapper ({@link org.tadaserver.protocol.Wire}), the JID type,
 * the WebSocket envelope, REST error codes and the gentime clock. Sub-packages hold the enums, the object shapes
 * ({@code model}), one params record per WebSocket event ({@code event}) and the REST request bodies ({@code rest}).
 *
 * <p>Conventions used by every record here, mirroring Go's encoding/json tags in tdproto:
 * <ul>
 *   <li>Keys are snake_case (the mapper's naming strategy); irregular keys ({@code mediaURL}, {@code _debug}) carry an
 *       explicit {@code @JsonProperty}.</li>
 *   <li>A component annotated {@link org.tadaserver.protocol.OmitEmpty} is Go {@code omitempty}: left out when null,
 *       false, 0, "" or an empty list.</li>
 *   <li>A component annotated {@code @JsonInclude(NON_NULL)} is a Go pointer with {@code omitempty}: left out only when
 *       null, so {@code false} and {@code 0} are written.</li>
 *   <li>Any other component is always written, as {@code null} when it is null ("nullable").</li>
 *   <li>Timestamps are {@link java.time.Instant}s written as {@code 2019-09-18T00:00:07.435409Z}; gentimes are
 *       {@code long}s written as JSON integers.</li>
 * </ul>
 * No Vert.x here: the module depends on Jackson only.
 */
package org.tadaserver.protocol;
