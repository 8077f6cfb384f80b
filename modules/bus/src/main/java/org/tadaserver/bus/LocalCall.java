package org.tadaserver.bus;

/**
 * A {@link BusRpc} request between a caller and a consumer in the same JVM: the method's name and the caller's
 * argument objects, handed over as they are instead of as JSON text. Arguments are the protocol's records and
 * values, which neither side mutates, so sharing them is safe; across JVMs the request is still JSON.
 */
record LocalCall(String method, Object[] args) {}
