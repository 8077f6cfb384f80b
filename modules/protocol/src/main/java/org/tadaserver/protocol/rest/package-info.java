/**
 * REST request bodies ({@code tdapi.*}) and the REST response envelope. Request records are lenient: tdclient sends
 * no Content-Type, every key may be absent, null or "", and unknown keys are ignored.
 */
package org.tadaserver.protocol.rest;
