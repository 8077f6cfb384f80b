/** Teams, contacts (a user's membership in a team, or a team bot) and contact sections. */
package org.tadaserver.store.team;
