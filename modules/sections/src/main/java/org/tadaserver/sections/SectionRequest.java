package org.tadaserver.sections;

/**
 * Body of {@code POST}/{@code PUT .../sections/{kind}[/{uid}]}; null means "not given" (keep, on update).
 *
 * @param sortOrdering position, non-negative
 */
public record SectionRequest(String name, Integer sortOrdering, String description) {}
