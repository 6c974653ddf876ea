package io.peerplan.model.sim;

import inet.ipaddr.ipv4.IPv4Address;
import io.peerplan.model.Ip;
import io.peerplan.model.IpPrefix;

/**
 * IPv4 addresses and prefixes as plain ints, so that the simulator's inner loops compare and hash
 * numbers rather than IPAddress objects. The simulator models FRR's {@code ipv4 unicast} family only.
 */
final class V4 {
    private V4() {
    }

    /** The address as an int; the caller has checked {@link Ip#isIpv4()}. */
    static int of(Ip ip) {
        return ((IPv4Address) ip.address()).intValue();
    }

    static Ip ip(int address) {
        return new Ip(new IPv4Address(address));
    }

    static String text(int address) {
        return (address >>> 24) + "." + ((address >>> 16) & 0xff) + "." + ((address >>> 8) & 0xff) + "." + (address & 0xff);
    }

    static int mask(int length) {
        return length == 0 ? 0 : -1 << (32 - length);
    }

    /** True when the subnet {@code net/length} contains the address. */
    static boolean contains(int net, int length, int address) {
        int m = mask(length);
        return (net & m) == (address & m);
    }

    /**
     * One long per prefix, network bits only: the key under which prefixes are interned. The
     * address sits in the low bits so that hash tables spread keys well.
     */
    static long key(int address, int length) {
        return (long) length << 32 | ((address & mask(length)) & 0xffffffffL);
    }

    static int keyAddress(long key) {
        return (int) key;
    }

    static int keyLength(long key) {
        return (int) (key >>> 32);
    }

    /** Address order, then shorter first: the order FRR lists its table in. */
    static int compareKeys(long a, long b) {
        int c = Integer.compareUnsigned(keyAddress(a), keyAddress(b));
        return c != 0 ? c : Integer.compare(keyLength(a), keyLength(b));
    }

    static long key(IpPrefix p) {
        return key(of(p.ip()), p.length());
    }

    /** The prefix in the form users parse it ({@code IpPrefix.parse("203.0.113.70/32")} equals it). */
    static IpPrefix prefix(long key) {
        return IpPrefix.parse(text(keyAddress(key)) + "/" + keyLength(key));
    }

    /** Compares as unsigned numbers, the order FRR uses for router-ids and neighbor addresses. */
    static int compare(int a, int b) {
        return Integer.compareUnsigned(a, b);
    }

    /** The IPv4 address in the text, or null when it is blank, not an address, or IPv6. */
    static Ip parseIp(String text) {
        if (text == null) {
            return null;
        }
        try {
            Ip ip = Ip.parse(text);
            return ip.isIpv4() ? ip : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
