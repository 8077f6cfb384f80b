package org.tadaserver.bench.scenario;

import org.tadaserver.bench.client.ClientFactory;
import org.tadaserver.bench.client.NodeUrl;
import org.tadaserver.bench.target.RelayTarget;
import org.tadaserver.bench.target.ServerTarget;
import org.tadaserver.testkit.TestNode;

/** A real node (embedded PostgreSQL, 127.0.0.1, free port) and a generator, shared by the smoke tests of a class. */
final class BenchNode implements AutoCloseable {
  final TestNode node = TestNode.start();
  final ClientFactory factory = new ClientFactory(2);

  NodeUrl url() {
    return NodeUrl.parse(node.baseUrl());
  }

  /** The node as a target; {@code urls} lists it as often as given (cross-node on one node). */
  ServerTarget server(int urls) {
    return new ServerTarget(factory, java.util.Collections.nCopies(urls, url()), node.node().database(), false,
        node.dataDir());
  }

  ServerTarget server() {
    return server(1);
  }

  RelayTarget relay() throws Exception {
    return RelayTarget.inProcess(factory, 2);
  }

  @Override
  public void close() {
    factory.close();
    node.close();
  }
}
