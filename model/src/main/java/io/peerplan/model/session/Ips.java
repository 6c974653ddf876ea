package io.peerplan.model.session;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.IPAddressStringParameters;
import inet.ipaddr.ipv4.IPv4Address;
import io.peerplan.model.Ip;
import io.peerplan.model.IpParsing;
import java.util.List;

/**
 * IP parsing with Go's strictness, so that text MetalLB rejects ({@code net.ParseIP},
 * {@code net.ParseCIDR}) is rejected here too: dotted-quad IPv4 without leading zeros, no
 * {@code inet_aton} short forms, no zones, no surrounding blanks. All arithmetic is seancfoley's
 * IPAddress library.
 */
public final class Ips {
    private static final IPAddressStringParameters STRICT = new IPAddressStringParameters.Builder()
            .allowEmpty(false).allowSingleSegment(false).allowPrefix(false).allowMask(false).allowAll(false)
            .setRangeOptions(IPAddressStringParameters.RangeParameters.NO_RANGE)
            .getIPv4AddressParametersBuilder().allow_inet_aton(false).allowLeadingZeros(false).getParentBuilder()
            .getIPv6AddressParametersBuilder().allowZone(false).getParentBuilder()
            .toParams();

    private Ips() {
    }

    /** Go's {@code net.ParseIP}: the address, or null when the text is not one. */
    public static IPAddress parseAddress(String text) {
        if (text == null || text.isEmpty() || !text.strip().equals(text)) {
            return null;
        }
        if (text.indexOf(':') < 0) {
            return IpParsing.dottedQuad(text, text.length());
        }
        return new IPAddressString(text, STRICT).getAddress();
    }

    /** {@link #parseAddress} as a model {@link Ip}, or null. */
    public static Ip parseIp(String text) {
        IPAddress a = parseAddress(text);
        return a == null ? null : new Ip(a);
    }

    /**
     * Go's {@code net.ParseCIDR}: the prefix block (host bits cleared, as Go returns the network), or
     * null when the text is not {@code ADDRESS/LENGTH}.
     */
    public static IPAddress parseCidr(String text) {
        if (text == null) {
            return null;
        }
        int slash = text.indexOf('/');
        if (slash < 0 || slash != text.lastIndexOf('/')) {
            return null;
        }
        IPAddress address = parseAddress(text.substring(0, slash));
        String len = text.substring(slash + 1);
        if (address == null || len.isEmpty() || len.length() > 3 || !len.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int bits = Integer.parseInt(len);
        if (bits > address.getBitCount()) {
            return null;
        }
        return address.setPrefixLength(bits, false).toPrefixBlock();
    }

    /** The smallest list of prefix blocks covering start..end (MetalLB summarises ranges the same way). */
    public static List<IPAddress> summarize(IPAddress start, IPAddress end) {
        return List.of(start.spanWithRange(end).spanWithPrefixBlocks());
    }

    /** True when the two prefix blocks share an address (containment counts). */
    public static boolean overlaps(IPAddress a, IPAddress b) {
        return a.getIPVersion() == b.getIPVersion() && (a.contains(b) || b.contains(a));
    }

    /** The /32 (or /128) host route of an address. */
    public static IPAddress hostPrefix(IPAddress address) {
        return address.withoutPrefixLength().setPrefixLength(address.getBitCount(), false);
    }

    /**
     * The network of {@code address} at {@code length} bits, e.g. 203.0.113.70 at 29 is 203.0.113.64/29.
     * At full length the address itself stands for its host route (an address without a prefix length
     * is read as /32 or /128 everywhere here), which saves an allocation per service IP.
     */
    public static IPAddress networkOf(IPAddress address, int length) {
        if (length >= address.getBitCount() && !address.isPrefixed()) {
            return address;
        }
        return address.withoutPrefixLength().setPrefixLength(Math.min(length, address.getBitCount()), false).toPrefixBlock();
    }

    /** The prefix length, reading an address without one as a host route. */
    public static int length(IPAddress a) {
        Integer len = a.getNetworkPrefixLength();
        return len == null ? a.getBitCount() : len;
    }

    /** Canonical text of a prefix block: {@code 203.0.113.64/29}. */
    public static String cidrText(IPAddress block) {
        return block.getLower().withoutPrefixLength().toCanonicalString() + "/" + length(block);
    }
}
