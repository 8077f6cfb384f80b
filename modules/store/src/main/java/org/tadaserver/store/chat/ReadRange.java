package org.tadaserver.store.chat;

import java.util.UUID;

/**
 * A read marker of {@code reader} in {@code chat} moving from order number {@code fromSeq} to {@code toSeq}: the
 * messages in {@code (fromSeq, toSeq]} are the ones it reads (see {@link CounterRepository#firstReadAll}).
 */
public record ReadRange(UUID chat, UUID reader, long fromSeq, long toSeq) {}
