package org.tadaserver.protocol.model;

import org.tadaserver.protocol.Jid;

import java.util.List;

/**
 * A call participant; {@code muted} is computed from the devices.
 */
public record CallOnliner(
        Jid jid,
        String displayName,
        String role,
        String icon,
        boolean muted,
        boolean enabledVideo,
        boolean enabledScreenshare,
        List<CallDevice> devices) {
}
