/**
 * The protocol's enumerations (reference §3.12), each serialised as its exact wire string. Keys that tdproto leaves
 * open (task tab, sort and filter keys, custom task statuses) stay plain strings in the model.
 */
package org.tadaserver.protocol.enums;
