package io.peerplan.model;

import inet.ipaddr.IPAddressStringParameters;

/**
 * Strict address syntax for project files: dotted-quad IPv4 with four parts and standard IPv6.
 * The library's defaults also accept inet_aton forms ({@code 1.2.3} = 1.2.0.3), wildcards and
 * ranges, which in a network design are far more likely typos than intent.
 */
final class IpParsing {
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
}
