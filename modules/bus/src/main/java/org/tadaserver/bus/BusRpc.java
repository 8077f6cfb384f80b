package org.tadaserver.bus;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tadaserver.protocol.ApiError;
import org.tadaserver.protocol.Wire;

/**
 * Typed request/reply over the Vert.x event bus, local or clustered, without code generation.
 *
 * <p>A service is a Java interface whose abstract methods all return {@code Future<T>} and have distinct names. {@link
 * #serve} registers ONE consumer for the whole interface at an address; {@link #client} returns a proxy that turns each
 * call into a request {@code {"method": name, "args": [...]}} (JSON text, so it crosses JVMs unchanged) and decodes the
 * reply into the method's declared result type. A {@link ServiceException} thrown or failed by the implementation
 * reaches the caller as the same {@link ServiceException}; anything else becomes {@link ApiError#INTERNAL_SERVER_ERROR}.
 *
 * <p>When the consumer is in the caller's JVM (the usual case: the gateway and the services run on every node), the
 * request is a {@link LocalCall} and the reply a {@link LocalReply}: the argument and result objects are handed over
 * without JSON, which cost about a tenth of a node's CPU on the send path. Only the encoding differs: the call still
 * goes through the event bus (same consumer context, ordering, timeout and failure mapping), and a call to another
 * node is JSON exactly as before. Arguments and results must therefore be values that neither side mutates after the
 * call (records of the protocol and store modules, immutable lists).
 */
public final class BusRpc {
  private static final Logger log = LoggerFactory.getLogger(BusRpc.class);
  /** Longer than any single store transaction we expect; a caller that waits this long reports the service as down. */
  public static final long DEFAULT_TIMEOUT_MS = 15_000;

  private BusRpc() {}

  /** Registers {@code impl} at {@code address}; the returned consumer's completion tells when it is reachable. */
  @SuppressWarnings("unchecked")
  public static <T> MessageConsumer<String> serve(Vertx vertx, Class<T> api, String address, T impl) {
    Map<String, Method> methods = methodsByName(api);
    LocalCodec.register(vertx.eventBus());
    MessageConsumer<Object> consumer = vertx.eventBus().consumer(address, msg -> dispatch(methods, impl, msg));
    // Callers only unregister it or await its completion; the body type is this class's business.
    return (MessageConsumer<String>) (MessageConsumer<?>) consumer;
  }

  /**
   * A proxy for the service at {@code address}. Calls go to a consumer in this JVM when there is one and across the
   * cluster only when there is none: every consumer of an address serves the same stateless interface, and a local one
   * is never a dead node's registration that the cluster has not dropped yet (a request to one waits the whole timeout).
   */
  public static <T> T client(Vertx vertx, Class<T> api, String address) {
    Map<String, Method> methods = methodsByName(api);
    LocalCodec.register(vertx.eventBus());
    DeliveryOptions options = new DeliveryOptions().setSendTimeout(DEFAULT_TIMEOUT_MS);
    Object proxy = Proxy.newProxyInstance(api.getClassLoader(), new Class<?>[] {api}, (self, method, args) -> {
      if (method.getDeclaringClass() == Object.class) {
        return objectMethod(self, method, args, address);
      }
      if (method.isDefault()) {
        return java.lang.reflect.InvocationHandler.invokeDefault(self, method, args);
      }
      return call(vertx, address, options, methods.get(method.getName()), args);
    });
    return api.cast(proxy);
  }

  private static Future<Object> call(Vertx vertx, String address, DeliveryOptions options, Method method, Object[] args) {
    JavaType resultType = resultType(method);
    DeliveryOptions local = new DeliveryOptions(options).setLocalOnly(true);
    return vertx.eventBus().request(address, new LocalCall(method.getName(), args), local)
        .recover(e -> noHandlers(e) ? remote(vertx, address, options, method, args) : Future.failedFuture(e))
        .recover(BusRpc::toServiceException)
        .map(reply -> reply.body() instanceof LocalReply r ? r.value() : decode((String) reply.body(), resultType));
  }

  /** The call as JSON text to a consumer on another node (none in this JVM). */
  private static Future<Message<Object>> remote(Vertx vertx, String address, DeliveryOptions options, Method method,
      Object[] args) {
    String body;
    try {
      body = encodeRequest(method.getName(), args);
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
    return vertx.eventBus().request(address, body, options);
  }

  private static boolean noHandlers(Throwable t) {
    return t instanceof ReplyException re && re.failureType() == ReplyFailure.NO_HANDLERS;
  }

  /**
   * A request body as a consumer on another node gets it: the text itself, or the JSON form of a same-JVM call; null
   * for a body that is neither. For code that forwards {@link #client} requests to another node (chat affinity).
   */
  public static String requestText(Object body) {
    if (body instanceof String text) {
      return text;
    }
    return body instanceof LocalCall call ? encodeRequest(call.method(), call.args()) : null;
  }

  private static String encodeRequest(String method, Object[] args) {
    ObjectNode request = Wire.mapper().createObjectNode();
    request.put("method", method);
    ArrayNode array = request.putArray("args");
    if (args != null) {
      for (Object arg : args) {
        array.add(Wire.mapper().valueToTree(arg));
      }
    }
    return request.toString();
  }

  private static void dispatch(Map<String, Method> methods, Object impl, Message<Object> msg) {
    boolean local = msg.body() instanceof LocalCall;
    Future<?> result;
    try {
      String name;
      Object[] args;
      if (msg.body() instanceof LocalCall call) {
        name = call.method();
        args = call.args();
      } else {
        JsonNode request = Wire.mapper().readTree((String) msg.body());
        name = request.path("method").asText();
        Method m = methods.get(name);
        args = m == null ? null : decodeArgs(m, request.path("args"));
      }
      Method method = methods.get(name);
      if (method == null) {
        throw new ServiceException(ApiError.INVALID_METHOD, "no such operation: " + name);
      }
      result = (Future<?>) method.invoke(impl, args);
    } catch (java.lang.reflect.InvocationTargetException e) {
      result = Future.failedFuture(e.getCause());
    } catch (Exception e) {
      result = Future.failedFuture(e);
    }
    result.onComplete(ar -> {
      if (ar.succeeded()) {
        msg.reply(local ? new LocalReply(ar.result()) : Wire.toJson(ar.result()));
      } else {
        reply(msg, ar.cause());
      }
    });
  }

  private static Object[] decodeArgs(Method method, JsonNode args) {
    var types = method.getGenericParameterTypes();
    Object[] out = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      JavaType type = Wire.mapper().getTypeFactory().constructType(types[i]);
      out[i] = Wire.mapper().convertValue(args.path(i), type);
    }
    return out;
  }

  private static void reply(Message<Object> msg, Throwable cause) {
    ServiceException failure = cause instanceof ServiceException se ? se : internal(cause);
    ObjectNode body = Wire.mapper().createObjectNode();
    body.put("error", failure.error().name());
    body.put("message", failure.getMessage());
    body.set("details", Wire.mapper().valueToTree(failure.details()));
    msg.fail(failure.error().status(), body.toString());
  }

  private static ServiceException internal(Throwable cause) {
    log.error("service call failed", cause);
    return new ServiceException(ApiError.INTERNAL_SERVER_ERROR, "internal error");
  }

  private static <R> Future<R> toServiceException(Throwable t) {
    if (t instanceof ReplyException re && re.failureType() == ReplyFailure.RECIPIENT_FAILURE) {
      try {
        JsonNode body = Wire.mapper().readTree(re.getMessage());
        ApiError error = ApiError.valueOf(body.path("error").asText());
        Map<String, String> details = new HashMap<>();
        body.path("details").fields().forEachRemaining(e -> details.put(e.getKey(), e.getValue().asText()));
        return Future.failedFuture(new ServiceException(error, body.path("message").asText(), details));
      } catch (Exception parse) {
        return Future.failedFuture(new ServiceException(ApiError.INTERNAL_SERVER_ERROR, re.getMessage()));
      }
    }
    return Future.failedFuture(new ServiceException(ApiError.INTERNAL_SERVER_ERROR, "service unavailable: " + t.getMessage()));
  }

  private static Object decode(String json, JavaType type) {
    try {
      return Wire.mapper().readValue(json, type);
    } catch (Exception e) {
      throw new ServiceException(ApiError.INTERNAL_SERVER_ERROR, "undecodable reply: " + e.getMessage());
    }
  }

  private static JavaType resultType(Method method) {
    if (!(method.getGenericReturnType() instanceof ParameterizedType future) || method.getReturnType() != Future.class) {
      throw new IllegalArgumentException(method + " must return Future<T>");
    }
    return Wire.mapper().getTypeFactory().constructType(future.getActualTypeArguments()[0]);
  }

  private static Map<String, Method> methodsByName(Class<?> api) {
    if (!api.isInterface()) {
      throw new IllegalArgumentException(api + " is not an interface");
    }
    Map<String, Method> methods = new HashMap<>();
    for (Method m : api.getMethods()) {
      if (m.isDefault() || Modifier.isStatic(m.getModifiers())) {
        continue;
      }
      resultType(m);
      if (methods.put(m.getName(), m) != null) {
        throw new IllegalArgumentException(api + " overloads " + m.getName() + "; bus operations need distinct names");
      }
    }
    return methods;
  }

  private static Object objectMethod(Object self, Method method, Object[] args, String address) {
    return switch (method.getName()) {
      case "equals" -> self == args[0];
      case "hashCode" -> System.identityHashCode(self);
      default -> "BusRpc client of " + address;
    };
  }
}
