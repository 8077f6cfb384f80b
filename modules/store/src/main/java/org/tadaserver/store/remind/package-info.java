/** Reminds and the claims by which the schedulers of a cluster fire each one once. */
package org.tadaserver.store.remind;
