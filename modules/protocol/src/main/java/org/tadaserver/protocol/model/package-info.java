/**
 * Object shapes of the protocol (reference §3.0 and the seed spec's "Structures"), as immutable records. The big ones
 * (Contact, Team, Chat, Message, Features, ...) have a generated {@code XxxBuilder}: use {@code Xxx.builder()} to build
 * and {@code x.withField(value)} / {@code x.with(b -> ...)} to copy with changes.
 */
package org.tadaserver.protocol.model;
