package io.peerplan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import inet.ipaddr.AddressStringException;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;

/**
 * A single IPv4 or IPv6 address, without a prefix length. Parsing and comparison go through
 * seancfoley's IPAddress library; the canonical text form is what the project file stores.
 */
public record Ip(IPAddress address) implements Comparable<Ip> {

    public Ip {
        if (address == null) {
            throw new IllegalArgumentException("address is required");
        }
        address = address.withoutPrefixLength();
    }

    /** Parses {@code 192.0.2.1} or {@code 2001:db8::1}; a prefix length is an error. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Ip parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("an IP address is required");
        }
        IPAddress plain = IpParsing.plainIpv4(text.trim(), false);
        if (plain != null) {
            return new Ip(plain);
        }
        if (IpParsing.overlongLength(text.trim())) {
            throw new IllegalArgumentException("'" + text + "' is not a valid IP address");
        }
        try {
            IPAddress parsed = new IPAddressString(text.trim(), IpParsing.STRICT).toAddress();
            if (parsed.isPrefixed()) {
                throw new IllegalArgumentException("'" + text + "' is not a bare IP address (it has a prefix length)");
            }
            return new Ip(parsed);
        } catch (AddressStringException e) {
            throw new IllegalArgumentException("'" + text + "' is not a valid IP address");
        }
    }

    public boolean isIpv4() {
        return address.isIPv4();
    }

    @JsonValue
    @Override
    public String toString() {
        return address.toCanonicalString();
    }

    @Override
    public int compareTo(Ip other) {
        return address.compareTo(other.address);
    }

    /**
     * As the record's own equals, written out: an address is a map key in every command (the address
     * book, a router's neighbors), and the record's equals and hashCode are linked at run time
     * (java.lang.runtime.ObjectMethods::bootstrap, which JDK 25's AOT cache does not keep) and
     * reach their one field through method handles, whose bytecode the JVM spins once they are hot.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Ip other && address.equals(other.address);
    }

    /** The record's own hash (ObjectMethods: 31 * 0 + the one field's hash), so no map's order changes. */
    @Override
    public int hashCode() {
        return address.hashCode();
    }
}
