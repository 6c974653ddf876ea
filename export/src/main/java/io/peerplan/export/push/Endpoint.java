package io.peerplan.export.push;

import io.peerplan.model.Management;

/**
 * Where to log in for one device: host, port and user, validated from the element's
 * {@link Management}. The element id is kept for messages.
 */
public record Endpoint(String element, String host, int port, String user) {
    public Endpoint {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(element + ": management.port " + port + " is out of range (1..65535)");
        }
    }

    /** Validates the element's management settings; a missing user defaults to the local login, as ssh does. */
    public static Endpoint of(String element, Management m) throws PushFailure {
        if (m == null || m.host() == null) {
            throw new PushFailure(PushFailure.Kind.INVALID_VALUE,
                    element + ": no management.host set, so Peerplan cannot reach it (add management: {host, user} to the element)");
        }
        String user = m.user() != null ? m.user() : System.getProperty("user.name");
        if (m.effectivePort() < 1 || m.effectivePort() > 65535) {
            throw new PushFailure(PushFailure.Kind.INVALID_VALUE, element + ": management.port " + m.effectivePort() + " is out of range (1..65535)");
        }
        String host = RemoteValues.host(element, m.host());
        var reserved = SpecialPurposeAddresses.reason(host);
        if (reserved.isPresent()) {
            throw new PushFailure(PushFailure.Kind.INVALID_VALUE, element + ": management.host " + host + " is in " + reserved.get()
                    + ", an IANA special-purpose block that no real device has; set it to the device's real management address");
        }
        return new Endpoint(element, host, m.effectivePort(), RemoteValues.user(element, user));
    }

    /** {@code user@host:port} as shown to the user. */
    public String display() {
        return user + "@" + host + (port == 22 ? "" : ":" + port);
    }
}
