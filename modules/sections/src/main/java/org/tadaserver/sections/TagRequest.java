package org.tadaserver.sections;

/** Body of {@code POST .../tags} and {@code PUT .../tags/{uid}}. */
public record TagRequest(String name) {}
