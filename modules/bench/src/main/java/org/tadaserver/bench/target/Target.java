package org.tadaserver.bench.target;

import java.util.List;
import org.tadaserver.bench.client.NodeUrl;
import org.tadaserver.bench.metrics.ServerProbe;

/**
 * What a scenario runs against: the real server (one or more nodes) or the baseline relay. Both speak the same
 * WebSocket protocol at {@code /messaging/{team}}; they differ in how users and groups are made, and in what catch-up
 * they offer.
 */
public interface Target extends AutoCloseable {
  /** {@code tada} or {@code relay}; used as the label of its results. */
  String name();

  List<NodeUrl> nodes();

  Provisioner provisioner();

  ServerProbe probe();

  /** Whether messages sent while a session was away can be fetched afterwards (REST {@code /messages}). */
  boolean storesMessages();

  @Override
  void close();
}
