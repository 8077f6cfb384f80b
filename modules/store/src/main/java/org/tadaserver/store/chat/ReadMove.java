package org.tadaserver.store.chat;

/**
 * The result of moving a read marker.
 *
 * @param member the member row after the move, counters recounted
 * @param previousSeq the marker's order number before the move
 */
public record ReadMove(MemberRow member, long previousSeq) {}
