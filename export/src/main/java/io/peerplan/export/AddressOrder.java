package io.peerplan.export;

import io.peerplan.model.Ip;
import io.peerplan.model.IpPrefix;
import java.util.Comparator;

/**
 * The order routers print addresses and prefixes in: IPv4 before IPv6, then by numeric value,
 * then (prefixes) shorter first, as FRR's route tables and {@code sockunion_cmp} do.
 * (The IPAddress library's own {@code compareTo} ranks by block size first, which is not that.)
 */
public final class AddressOrder {
    public static final Comparator<Ip> IP = Comparator
            .comparing((Ip ip) -> !ip.isIpv4())
            .thenComparing(ip -> ip.address().getValue());

    public static final Comparator<IpPrefix> PREFIX = Comparator
            .comparing((IpPrefix p) -> !p.isIpv4())
            .thenComparing(p -> p.address().toPrefixBlock().getLower().getValue())
            .thenComparingInt(IpPrefix::length);

    private AddressOrder() {
    }
}
