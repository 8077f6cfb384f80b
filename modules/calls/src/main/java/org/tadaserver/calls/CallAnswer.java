package org.tadaserver.calls;

/**
 * The SFU's answer for one device.
 *
 * @param jid the chat as the device's user names it
 * @param uid the call id
 * @param sdp Janus's SDP answer
 */
public record CallAnswer(String jid, String uid, String sdp) {}
