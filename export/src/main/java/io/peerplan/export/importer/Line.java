package io.peerplan.export.importer;

import io.peerplan.model.Ip;
import io.peerplan.model.IpPrefix;
import java.util.Arrays;
import java.util.regex.Pattern;

/** One config line split into words, with safe accessors for the parsers. */
final class Line {
    /** Compiled once: {@code String.split("\\s+")} compiled it again for every line of every config. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern DIGITS_9 = Pattern.compile("[0-9]{1,9}");
    private static final Pattern DIGITS_10 = Pattern.compile("[0-9]{1,10}");
    private static final Pattern ADDRESS_CHARS = Pattern.compile("[0-9A-Fa-f:.]+");

    final int number;
    final String text;
    final String[] w;

    Line(int number, String text) {
        this.number = number;
        this.text = text.strip();
        this.w = WHITESPACE.split(this.text);
    }

    int size() {
        return w.length;
    }

    String at(int i) {
        return i < w.length ? w[i] : null;
    }

    boolean is(String... words) {
        if (words.length != w.length) {
            return false;
        }
        return starts(words);
    }

    boolean starts(String... words) {
        if (words.length > w.length) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            if (!words[i].equals(w[i])) {
                return false;
            }
        }
        return true;
    }

    /** The words from {@code i} on, joined by single spaces. */
    String rest(int i) {
        return i >= w.length ? "" : String.join(" ", Arrays.copyOfRange(w, i, w.length));
    }

    static Integer integer(String s) {
        if (s == null || !DIGITS_9.matcher(s).matches()) {
            return null;
        }
        return Integer.parseInt(s);
    }

    static Long number(String s) {
        if (s == null || !DIGITS_10.matcher(s).matches()) {
            return null;
        }
        return Long.parseLong(s);
    }

    /** An AS number as FRR's {@code (1-4294967295)} tokens read it (bgpd/bgp_vty.c), or null. */
    static Long asn(String s) {
        Long n = number(s);
        return n != null && n <= io.peerplan.model.Asn.MAX ? n : null;
    }

    static Ip ip(String s) {
        if (s == null || !ADDRESS_CHARS.matcher(s).matches() || !(s.contains(".") || s.contains(":"))) {
            return null;
        }
        try {
            return Ip.parse(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static IpPrefix prefix(String s) {
        if (s == null || !s.contains("/") && !s.equals("any")) {
            return null;
        }
        try {
            return IpPrefix.parse(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * {@code A.B.C.D M.M.M.M} as a prefix, the mask form that FRR's {@code netmask_str2prefix_str}
     * (lib/prefix.c) accepts for {@code ip route} and {@code network ... mask}; null unless the mask
     * is contiguous, as FRR refuses others.
     */
    static IpPrefix masked(String address, String mask) {
        Ip a = ip(address);
        Ip m = ip(mask);
        if (a == null || m == null || address.contains(":") || mask.contains(":")) {
            return null;
        }
        long bits = 0;
        for (String octet : mask.split("\\.")) {
            bits = bits << 8 | Integer.parseInt(octet);
        }
        int length = Long.bitCount(bits);
        if (bits != (0xFFFFFFFFL << (32 - length) & 0xFFFFFFFFL)) {
            return null;
        }
        return prefix(address + "/" + length);
    }

    /**
     * {@code network A.B.C.D} without a length takes the classful length, as FRR's
     * {@code netmask_str2prefix_str} (lib/prefix.c) does for {@code bgp_network}: 0.0.0.0 is /0,
     * class A /8, B /16, C /24; classes D and E are refused.
     */
    static IpPrefix classful(String address) {
        if (ip(address) == null || address.contains(":")) {
            return null;
        }
        int first = Integer.parseInt(address.substring(0, address.indexOf('.')));
        int length = first < 128 ? 8 : first < 192 ? 16 : first < 224 ? 24 : -1;
        if (address.equals("0.0.0.0")) {
            length = 0;
        }
        return length < 0 ? null : prefix(address + "/" + length);
    }
}
