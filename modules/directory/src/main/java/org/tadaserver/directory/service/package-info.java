/**
 * The directory's implementation. {@link org.tadaserver.directory.service.DirectoryServiceImpl} is the facade; the
 * work is split by subject ({@code AuthOps}, {@code TeamOps}, {@code ContactOps}, {@code AdminOps}).
 *
 * <p>Every team-scoped operation follows one shape:
 * <ol>
 *   <li>{@code Access.load}: the caller's live contact in the live team, else {@code NOT_FOUND};</li>
 *   <li>checks that throw {@code ServiceException} ({@code TeamChanges}, {@code ContactChanges}, {@code Joins}) against
 *       the rules of {@code rules.Rights};</li>
 *   <li>one transaction that first takes a gentime from the team's clock ({@code Repos.stamp}), so the team's changes
 *       are stamped in commit order;</li>
 *   <li>after commit, the personalised deliveries ({@code Pushes}) and the caller's view ({@code model.*Views}).</li>
 * </ol>
 * Store failures become service errors in one place, {@code Failures}.
 */
package org.tadaserver.directory.service;
