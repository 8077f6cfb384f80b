package org.tadaserver.gateway.rest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.tadaserver.bus.ServiceException;
import org.tadaserver.protocol.ApiError;
import org.tadaserver.protocol.Wire;

/**
 * Request bodies: JSON whatever the {@code Content-Type} says (tdclient sends none, so nothing here ever answers 415).
 * The size limit is enforced before this by {@code BodyHandler} (413).
 *
 * <p>Answers: no body, or text that is not JSON, is {@code 400 BAD_REQUEST}; JSON that is not an object, or has a value
 * of the wrong type, is {@code 422 INVALID_DATA} with {@code details} naming the field. Types are checked the way Go's
 * {@code encoding/json} checks them, strictly: {@code "5"} is not an integer, {@code 5} is not a string and
 * {@code 1.5} is not an integer, where Jackson's defaults would silently convert. Unknown keys are ignored and null
 * means "not given". The type rules are the shared {@link Wire} mapper's.
 */
public final class Bodies {

  private Bodies() {}

  /** The body of the request as a {@code type}; see the class comment for the failures. */
  public static <T> T parse(RoutingContext ctx, Class<T> type) {
    Buffer body = ctx.body().buffer();
    return parse(body == null ? new byte[0] : body.getBytes(), type);
  }

  /** Like {@link #parse(RoutingContext, Class)}, but a JSON null on one of {@code clearedByNull} is read as "". */
  public static <T> T parse(RoutingContext ctx, Class<T> type, Set<String> clearedByNull) {
    Buffer body = ctx.body().buffer();
    return parse(body == null ? new byte[0] : body.getBytes(), type, clearedByNull);
  }

  /** Like {@link #parse(byte[], Class)}, but a JSON null on one of {@code clearedByNull} is read as "". */
  public static <T> T parse(byte[] json, Class<T> type, Set<String> clearedByNull) {
    ObjectNode tree = object(json);
    for (String key : clearedByNull) {
      if (tree.path(key).isNull()) {
        tree.put(key, "");
      }
    }
    return bind(tree, type);
  }

  /** Decodes a JSON object into {@code type}; see the class comment for the failures. */
  public static <T> T parse(byte[] json, Class<T> type) {
    return bind(object(json), type);
  }

  private static ObjectNode object(byte[] json) {
    JsonNode tree = tree(json);
    if (!tree.isObject()) {
      throw new ServiceException(ApiError.INVALID_DATA, "the body must be a JSON object",
          Map.of("body", "must be a JSON object"));
    }
    return (ObjectNode) tree;
  }

  private static <T> T bind(ObjectNode tree, Class<T> type) {
    try {
      return Wire.mapper().treeToValue(tree, type);
    } catch (JsonMappingException e) {
      throw invalid(e);
    } catch (InputCoercionException e) {
      throw new ServiceException(ApiError.INVALID_DATA, e.getOriginalMessage(), Map.of("body", "number out of range"));
    } catch (JacksonException e) {
      throw new ServiceException(ApiError.INVALID_DATA, e.getOriginalMessage(), Map.of("body", "invalid value"));
    }
  }

  private static JsonNode tree(byte[] json) {
    JsonNode tree;
    try {
      tree = Wire.mapper().readTree(json);
    } catch (IOException e) {
      String reason = e instanceof JacksonException je ? je.getOriginalMessage() : e.getMessage();
      throw new ServiceException(ApiError.BAD_REQUEST, "the body is not valid JSON: " + reason);
    }
    if (tree == null || tree.isMissingNode()) {
      throw new ServiceException(ApiError.BAD_REQUEST, "the request needs a JSON body");
    }
    return tree;
  }

  private static ServiceException invalid(JsonMappingException e) {
    String field = path(e);
    String problem = problem(e);
    return new ServiceException(ApiError.INVALID_DATA, field + ": " + problem, Map.of(field, problem));
  }

  /** The offending key as a dotted path ({@code contacts.0.role}); {@code body} when the whole body is at fault. */
  static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (path.length() > 0) {
        path.append('.');
      }
      path.append(ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()));
    }
    return path.length() == 0 ? "body" : path.toString();
  }

  private static String problem(JsonMappingException e) {
    if (e instanceof ValueInstantiationException && e.getCause() != null) {
      return e.getCause().getMessage();
    }
    if (!(e instanceof MismatchedInputException mismatch) || mismatch.getTargetType() == null) {
      return "invalid value";
    }
    Class<?> target = mismatch.getTargetType();
    // A scalar of the right kind but a bad form (an unknown enum name, a malformed UUID or time) is "invalid value";
    // a refused coercion (5 for a string) is reported like any other type mismatch.
    boolean scalarTarget = target == String.class || target == Boolean.class || target == boolean.class
        || Number.class.isAssignableFrom(target) || target.isPrimitive();
    if (e instanceof InvalidFormatException && !scalarTarget) {
      return "invalid value";
    }
    return expected(target);
  }

  private static String expected(Class<?> type) {
    if (type == String.class) {
      return "must be a string";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "must be a boolean";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "must be an integer";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
      return "must be a number";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "must be an array";
    }
    if (type.isEnum()) {
      return "invalid value";
    }
    return "must be an object";
  }
}
