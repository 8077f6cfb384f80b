/** Helpers shared by the repositories of this module (error mapping, row mapping); not for use outside the store. */
package org.tadaserver.store.sql;
