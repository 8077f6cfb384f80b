package org.tadaserver.bus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.ReplyException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tadaserver.protocol.ApiError;

class BusRpcTest {
  record Item(UUID id, String name, List<Integer> sizes) {}

  interface Catalog {
    Future<Item> get(UUID id, String name);

    Future<List<Item>> list(int count);

    Future<Void> forget(UUID id);

    Future<String> fail(String how);

    default Future<Item> first() {
      return list(1).map(l -> l.get(0));
    }
  }

  interface Overloaded {
    Future<String> find(String a);

    Future<String> find(int a);
  }

  static final class CatalogImpl implements Catalog {
    volatile Item lastGot;

    @Override
    public Future<Item> get(UUID id, String name) {
      lastGot = new Item(id, name, List.of(1, 2));
      return Future.succeededFuture(lastGot);
    }

    @Override
    public Future<List<Item>> list(int count) {
      return Future.succeededFuture(java.util.stream.IntStream.range(0, count)
          .mapToObj(i -> new Item(new UUID(0, i), "n" + i, List.of(i))).toList());
    }

    @Override
    public Future<Void> forget(UUID id) {
      return Future.succeededFuture();
    }

    @Override
    public Future<String> fail(String how) {
      return switch (how) {
        case "service" -> Future.failedFuture(ServiceException.invalid("name", "too long"));
        case "throw" -> throw new ServiceException(ApiError.ACCESS_DENIED, "no");
        default -> throw new IllegalStateException("secret internals");
      };
    }
  }

  static Vertx vertx;
  static Catalog client;
  static CatalogImpl impl = new CatalogImpl();

  @BeforeAll
  static void serve() throws Exception {
    vertx = Vertx.vertx();
    BusRpc.serve(vertx, Catalog.class, "test.catalog", impl).completion().await(5, TimeUnit.SECONDS);
    client = BusRpc.client(vertx, Catalog.class, "test.catalog");
  }

  @AfterAll
  static void close() throws Exception {
    vertx.close().await(5, TimeUnit.SECONDS);
  }

  /** Verifies that arguments and a record result cross the bus typed. */
  @Test
  void recordResult() throws Exception {
    UUID id = UUID.randomUUID();
    assertEquals(new Item(id, "x", List.of(1, 2)), client.get(id, "x").await(5, TimeUnit.SECONDS));
  }

  /** Verifies that generic results keep their element type, and that default methods run on the caller's side. */
  @Test
  void genericAndDefault() throws Exception {
    List<Item> items = client.list(3).await(5, TimeUnit.SECONDS);
    assertEquals(3, items.size());
    assertEquals(new UUID(0, 2), items.get(2).id());
    assertEquals("n0", client.first().await(5, TimeUnit.SECONDS).name());
  }

  @Test
  void voidResult() throws Exception {
    assertNull(client.forget(UUID.randomUUID()).await(5, TimeUnit.SECONDS));
  }

  /** Verifies that a ServiceException reaches the caller with its code and details, whether failed or thrown. */
  @Test
  void serviceExceptionCrosses() {
    ServiceException failed = failure(client.fail("service"));
    assertEquals(ApiError.INVALID_DATA, failed.error());
    assertEquals(Map.of("name", "too long"), failed.details());
    assertEquals(ApiError.ACCESS_DENIED, failure(client.fail("throw")).error());
  }

  /** Verifies that other failures become an internal error that does not leak the message. */
  @Test
  void otherFailuresAreInternal() {
    ServiceException e = failure(client.fail("boom"));
    assertEquals(ApiError.INTERNAL_SERVER_ERROR, e.error());
    assertTrue(!e.getMessage().contains("secret"), e.getMessage());
  }

  /** Verifies that a call to an address nobody serves fails as an internal error instead of hanging. */
  @Test
  void noService() {
    Catalog nobody = BusRpc.client(vertx, Catalog.class, "test.nobody");
    assertEquals(ApiError.INTERNAL_SERVER_ERROR, failure(nobody.get(UUID.randomUUID(), "x")).error());
  }

  /** Verifies that within one JVM the result object is handed over as it is, not copied through JSON. */
  @Test
  void localCallPassesObjects() throws Exception {
    Item got = client.get(UUID.randomUUID(), "same").await(5, TimeUnit.SECONDS);
    assertSame(impl.lastGot, got);
  }

  /**
   * Verifies the form another node sends and gets: a JSON request is served and answered with JSON text, a JSON
   * failure carries the service error, and an unknown method is INVALID_METHOD.
   */
  @Test
  void jsonRequestsStillServed() throws Exception {
    UUID id = new UUID(7, 9);
    Object reply = vertx.eventBus().request("test.catalog",
        "{\"method\":\"get\",\"args\":[\"" + id + "\",\"n\"]}").await(5, TimeUnit.SECONDS).body();
    assertEquals("{\"id\":\"" + id + "\",\"name\":\"n\",\"sizes\":[1,2]}", reply);
    ReplyException failed = assertThrows(ReplyException.class, () -> vertx.eventBus()
        .request("test.catalog", "{\"method\":\"fail\",\"args\":[\"service\"]}").await(5, TimeUnit.SECONDS));
    assertTrue(failed.getMessage().contains("\"INVALID_DATA\""), failed.getMessage());
    ReplyException unknown = assertThrows(ReplyException.class, () -> vertx.eventBus()
        .request("test.catalog", "{\"method\":\"nope\",\"args\":[]}").await(5, TimeUnit.SECONDS));
    assertTrue(unknown.getMessage().contains("\"INVALID_METHOD\""), unknown.getMessage());
  }

  /** Verifies that a forwarder turns a same-JVM call into the JSON another node expects, and leaves text alone. */
  @Test
  void requestTextOfLocalCall() {
    UUID id = new UUID(1, 2);
    assertEquals("{\"method\":\"get\",\"args\":[\"" + id + "\",\"x\"]}",
        BusRpc.requestText(new LocalCall("get", new Object[] {id, "x"})));
    assertEquals("{\"method\":\"list\",\"args\":[]}", BusRpc.requestText(new LocalCall("list", null)));
    assertEquals("text", BusRpc.requestText("text"));
    assertNull(BusRpc.requestText(42));
  }

  @Test
  void overloadsRefused() {
    assertThrows(IllegalArgumentException.class, () -> BusRpc.client(vertx, Overloaded.class, "x"));
  }

  private static ServiceException failure(Future<?> f) {
    Throwable t = assertThrows(Throwable.class, () -> f.await(5, TimeUnit.SECONDS));
    while (!(t instanceof ServiceException) && t.getCause() != null) {
      t = t.getCause();
    }
    return assertInstanceOf(t);
  }

  private static ServiceException assertInstanceOf(Throwable t) {
    assertTrue(t instanceof ServiceException, "expected ServiceException, got " + t);
    return (ServiceException) t;
  }
}
