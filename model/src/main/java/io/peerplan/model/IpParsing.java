package io.peerplan.model;

import inet.ipaddr.IPAddressStringParameters;
import inet.ipaddr.ipv4.IPv4Address;

/**
 * Strict address syntax for project files: dotted-quad IPv4 with four parts and standard IPv6.
 * The library's defaults also accept inet_aton forms ({@code 1.2.3} = 1.2.0.3), wildcards and
 * ranges, which in a network design are far more likely typos than intent.
 */
public final class IpParsing {
    static final IPAddressStringParameters STRICT = new IPAddressStringParameters.Builder()
            .allowEmpty(false)
            .allowAll(false)
            .allowSingleSegment(false)
            .allowWildcardedSeparator(false)
            .setRangeOptions(IPAddressStringParameters.RangeParameters.NO_RANGE)
            .getIPv4AddressParametersBuilder().allow_inet_aton(false).allowLeadingZeros(false).getParentBuilder()
            .toParams();

    private IpParsing() {
    }

    /**
     * The address of a plain dotted quad ({@code 192.0.2.1}, or {@code 192.0.2.0/24} when
     * {@code prefixed}, its length 0-32 without a leading zero); else null, and the caller parses with
     * the library as before, so every other text, right or wrong, gets the library's answer and
     * message. The address is the one {@code IPAddressString} gives for the same text (equal, same
     * prefix block); the library's string parser was most of the time of binding a design's
     * addresses (IpParsingTest compares the two).
     */
    static IPv4Address plainIpv4(String t, boolean prefixed) {
        int slash = prefixed ? t.indexOf('/') : t.length();
        if (slash < 0) {
            return null;
        }
        IPv4Address a = dottedQuad(t, slash);
        if (a == null || !prefixed) {
            return a;
        }
        int digits = t.length() - slash - 1;
        if (digits < 1 || digits > 2 || digits == 2 && t.charAt(slash + 1) == '0') {
            return null;
        }
        int len = 0;
        for (int i = slash + 1; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (ch < '0' || ch > '9') {
                return null;
            }
            len = len * 10 + (ch - '0');
        }
        return len > 32 ? null : new IPv4Address(a.intValue(), len);
    }

    /**
     * True when the text after its last {@code /} is more than three digits. IPAddress 5.5.1 reads
     * such a length modulo 2^32 ({@code 10.0.0.0/4294967296} is 10.0.0.0/0) or fails with an
     * {@code ArrayIndexOutOfBoundsException} (from 2^31), so no such text reaches it: no prefix
     * length has four digits.
     */
    static boolean overlongLength(String t) {
        int slash = t.lastIndexOf('/');
        if (slash < 0 || t.length() - slash - 1 <= 3) {
            return false;
        }
        for (int i = slash + 1; i < t.length(); i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code text[0, end)} as a dotted quad the way Go's {@code net.ParseIP} reads one (four decimal
     * parts 0..255, no leading zeros), by hand: addresses are parsed by the thousand, and this is ten
     * times faster than the general parser. Null when it is not one.
     */
    public static IPv4Address dottedQuad(String text, int end) {
        byte[] bytes = new byte[4];
        int part = 0;
        int value = -1;
        int digits = 0;
        for (int i = 0; i <= end; i++) {
            char ch = i < end ? text.charAt(i) : '.';
            if (ch >= '0' && ch <= '9') {
                if (digits > 0 && value == 0) {
                    return null;
                }
                value = (value < 0 ? 0 : value * 10) + (ch - '0');
                if (++digits > 3 || value > 255) {
                    return null;
                }
            } else if (ch == '.' && digits > 0 && part < 4) {
                bytes[part++] = (byte) value;
                value = -1;
                digits = 0;
            } else {
                return null;
            }
        }
        return part == 4 ? new IPv4Address(bytes) : null;
    }
}
