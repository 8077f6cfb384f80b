package org.tadaserver.bus;

/** The successful answer to a {@link LocalCall}: the implementation's result object as it is (null for none). */
record LocalReply(Object value) {}
