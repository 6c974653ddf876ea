package io.peerplan.export.push;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.util.List;
import java.util.Optional;

/**
 * Address blocks of the IANA IPv4 and IPv6 Special-Purpose Address Registries (RFC 6890) and the
 * multicast and reserved space that no device's management interface can have: documentation,
 * benchmarking, reserved, broadcast, discard-only, anycast services. A push, a preview, a dry run
 * or a live refresh refuses such a host before any packet leaves (the samples use documentation
 * and benchmarking addresses, e.g. seed 000's Bravo gateway 198.19.51.230 in RFC 2544's 198.18.0.0/15).
 * Blocks that real devices do use stay allowed: loopback, private (RFC 1918), shared (RFC 6598),
 * link-local, unique-local (RFC 4193). An IPv4-mapped IPv6 address is judged as its IPv4 address.
 */
final class SpecialPurposeAddresses {
    /** One registry entry: the block and why no device is there. */
    private record Block(IPAddress block, String why) {
    }

    private static final List<Block> BLOCKS = List.of(
            block("0.0.0.0/8", "'this network', never a destination (RFC 791, RFC 6890)"),
            block("192.0.0.0/24", "reserved for IETF protocol assignments (RFC 6890)"),
            block("192.0.2.0/24", "TEST-NET-1, reserved for documentation (RFC 5737)"),
            block("192.31.196.0/24", "the AS112 anycast service (RFC 7535)"),
            block("192.52.193.0/24", "the AMT anycast relay (RFC 7450)"),
            block("192.88.99.0/24", "the deprecated 6to4 relay anycast (RFC 7526)"),
            block("192.175.48.0/24", "the AS112 direct-delegation service (RFC 7534)"),
            block("198.18.0.0/15", "reserved for benchmarking network devices (RFC 2544)"),
            block("198.51.100.0/24", "TEST-NET-2, reserved for documentation (RFC 5737)"),
            block("203.0.113.0/24", "TEST-NET-3, reserved for documentation (RFC 5737)"),
            block("224.0.0.0/4", "multicast, never one device (RFC 5771)"),
            block("240.0.0.0/4", "reserved for future use (RFC 1112)"),
            block("::/128", "the unspecified address (RFC 4291)"),
            block("100::/64", "discard-only (RFC 6666)"),
            block("2001::/23", "reserved for IETF protocol assignments: Teredo, benchmarking (RFC 5180), ORCHID (RFC 6890)"),
            block("2001:db8::/32", "reserved for documentation (RFC 3849)"),
            block("3fff::/20", "reserved for documentation (RFC 9637)"),
            block("ff00::/8", "multicast, never one device (RFC 4291)"));

    private SpecialPurposeAddresses() {
    }

    private static Block block(String cidr, String why) {
        return new Block(new IPAddressString(cidr).getAddress().toPrefixBlock(), why);
    }

    /** Why no device has this literal address ({@code 198.18.0.0/15: reserved for ...}); empty for a name or a usable address. */
    static Optional<String> reason(String host) {
        IPAddress a = new IPAddressString(host).getAddress();
        if (a == null) {
            return Optional.empty();
        }
        if (a.isIPv6() && a.toIPv6().isIPv4Mapped()) {
            a = a.toIPv6().getEmbeddedIPv4Address();
        }
        IPAddress address = a;
        // The most specific block names the reason (2001:db8::/32 inside 2001::/23 is documentation).
        return BLOCKS.stream().filter(b -> b.block().getIPVersion() == address.getIPVersion() && b.block().contains(address))
                .max(java.util.Comparator.comparingInt(b -> b.block().getNetworkPrefixLength()))
                .map(b -> b.block().toCanonicalString() + ", " + b.why());
    }
}
