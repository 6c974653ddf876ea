package io.peerplan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import inet.ipaddr.AddressStringException;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;

/**
 * An address with a prefix length, such as a subnet {@code 192.168.247.0/24} or an interface
 * address {@code 198.51.100.14/29} (host bits allowed). The special text {@code any} is FRR's
 * prefix-list shorthand for {@code 0.0.0.0/0 le 32}; it is kept as written so files round-trip.
 */
public record IpPrefix(IPAddress address, boolean any) implements Comparable<IpPrefix> {

    /**
     * FRR's {@code any}: every IPv4 prefix. Read by the plain-quad parser, which gives the library's
     * own address (IpParsingTest): the library's string parser, used here before, is otherwise never
     * needed by a design of plain IPv4 text, and its first use costs a command ~5 ms.
     */
    public static final IpPrefix ANY = new IpPrefix(IpParsing.plainIpv4("0.0.0.0/0", true), true);

    public IpPrefix {
        if (address == null || !address.isPrefixed()) {
            throw new IllegalArgumentException("a prefix length is required");
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static IpPrefix parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a CIDR prefix is required");
        }
        String t = text.trim();
        if (t.equals("any")) {
            return ANY;
        }
        if (!t.contains("/")) {
            throw new IllegalArgumentException("'" + text + "' is not a CIDR prefix (expected ADDRESS/LENGTH, e.g. 192.168.1.0/24)");
        }
        IPAddress plain = IpParsing.plainIpv4(t, true);
        if (plain != null) {
            return new IpPrefix(plain, false);
        }
        if (IpParsing.overlongLength(t)) {
            throw new IllegalArgumentException("'" + text + "' is not a valid CIDR prefix");
        }
        try {
            IPAddress parsed = new IPAddressString(t, IpParsing.STRICT).toAddress();
            if (parsed == null || !parsed.isPrefixed()) {
                throw new IllegalArgumentException("'" + text + "' is not a valid CIDR prefix");
            }
            return new IpPrefix(parsed, false);
        } catch (AddressStringException e) {
            throw new IllegalArgumentException("'" + text + "' is not a valid CIDR prefix");
        }
    }

    /** The prefix length, e.g. 24. */
    public int length() {
        return address.getNetworkPrefixLength();
    }

    /** The address as written, without its length (the host address for interface addresses). */
    public Ip ip() {
        return new Ip(address.getLower().withoutPrefixLength());
    }

    /** The network this prefix lies in, host bits cleared, e.g. 198.51.100.8/29 for 198.51.100.14/29. */
    public IpPrefix network() {
        return new IpPrefix(address.toPrefixBlock(), false);
    }

    /** True when the address has no host bits set, i.e. it names a subnet exactly. */
    public boolean isNetworkAddress() {
        return address.getLower().withoutPrefixLength().equals(address.toPrefixBlock().getLower().withoutPrefixLength());
    }

    public boolean isIpv4() {
        return address.isIPv4();
    }

    /** True when this subnet contains the address. */
    public boolean contains(Ip ip) {
        return address.toPrefixBlock().contains(ip.address());
    }

    /** True when this subnet contains the whole of the other prefix. */
    public boolean contains(IpPrefix other) {
        return address.toPrefixBlock().contains(other.address.toPrefixBlock());
    }

    /** True when the two subnets share at least one address (containment counts). */
    public boolean overlaps(IpPrefix other) {
        IPAddress a = address.toPrefixBlock();
        IPAddress b = other.address.toPrefixBlock();
        return a.contains(b) || b.contains(a);
    }

    @JsonValue
    @Override
    public String toString() {
        if (any) {
            return "any";
        }
        return address.getLower().withoutPrefixLength().toCanonicalString() + "/" + length();
    }

    @Override
    public int compareTo(IpPrefix other) {
        return address.compareTo(other.address);
    }
}
