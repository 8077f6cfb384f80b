package org.tadaserver.protocol;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Go's {@code omitempty}: the key is left out when the value is null, false, 0, an empty string or an empty
 * list/map. (Jackson's {@code NON_DEFAULT} on a property means exactly "empty or the primitive/wrapper default".)
 * Use {@code @JsonInclude(NON_NULL)} instead for Go pointer fields, where {@code false}/{@code 0} must be written.
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@JacksonAnnotationsInside
@JsonInclude(JsonInclude.Include.NON_DEFAULT)
public @interface OmitEmpty {
}
