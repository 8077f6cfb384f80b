/** Accounts and their credentials: users, password hashes, API tokens (stored as SHA-256 only). */
package org.tadaserver.store.account;
