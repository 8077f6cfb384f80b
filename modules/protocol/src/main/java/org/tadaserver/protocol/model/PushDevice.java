package org.tadaserver.protocol.model;

import org.tadaserver.protocol.OmitEmpty;
import org.tadaserver.protocol.enums.PushDeviceType;

/**
 * A registered push device.
 *
 * @param type platform
 * @param deviceId client-chosen device id
 * @param notificationToken push token
 * @param voipNotificationToken iOS VoIP push token
 * @param name device name shown to the user
 * @param dataPushes send data pushes
 * @param dataBadges send badge updates
 */
public record PushDevice(
        PushDeviceType type,
        String deviceId,
        String notificationToken,
        @OmitEmpty String voipNotificationToken,
        String name,
        boolean dataPushes,
        boolean dataBadges) {
}
