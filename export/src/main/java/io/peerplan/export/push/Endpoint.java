package io.peerplan.export.push;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import io.peerplan.model.Management;
import java.util.List;

/**
 * Where to log in for one device: host, port and user, validated from the element's
 * {@link Management}. The element id is kept for messages.
 */
public record Endpoint(String element, String host, int port, String user) {
    /**
     * Address blocks reserved for documentation (RFC 5737 for IPv4, RFC 3849 for IPv6): no real
     * device has one, and the samples use them, so a push there is refused before any packet leaves.
     */
    private static final List<IPAddress> DOCUMENTATION = List.of(
            new IPAddressString("192.0.2.0/24").getAddress(), new IPAddressString("198.51.100.0/24").getAddress(),
            new IPAddressString("203.0.113.0/24").getAddress(), new IPAddressString("2001:db8::/32").getAddress());

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
        if (isDocumentationAddress(host)) {
            throw new PushFailure(PushFailure.Kind.INVALID_VALUE, element + ": management.host " + host
                    + " is a documentation address (RFC 5737/3849) that no real device has; set it to the device's real management address");
        }
        return new Endpoint(element, host, m.effectivePort(), RemoteValues.user(element, user));
    }

    /** Literal addresses only: a host name is never resolved here. */
    static boolean isDocumentationAddress(String host) {
        IPAddress a = new IPAddressString(host).getAddress();
        return a != null && DOCUMENTATION.stream().anyMatch(block -> block.getIPVersion() == a.getIPVersion() && block.contains(a));
    }

    /** {@code user@host:port} as shown to the user. */
    public String display() {
        return user + "@" + host + (port == 22 ? "" : ":" + port);
    }
}
