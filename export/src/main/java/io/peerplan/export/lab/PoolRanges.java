package io.peerplan.export.lab;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import io.peerplan.model.AddressPool;
import io.peerplan.model.Ip;

/** Membership of an address in a MetalLB pool whose entries are CIDRs or {@code start-end} ranges. */
final class PoolRanges {
    private PoolRanges() {
    }

    static boolean contains(AddressPool pool, Ip ip) {
        for (String entry : pool.addresses()) {
            if (contains(entry.trim(), ip.address())) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(String entry, IPAddress ip) {
        int dash = entry.indexOf('-');
        if (dash > 0) {
            IPAddress start = new IPAddressString(entry.substring(0, dash).trim()).getAddress();
            IPAddress end = new IPAddressString(entry.substring(dash + 1).trim()).getAddress();
            return start != null && end != null && start.getIPVersion() == ip.getIPVersion()
                    && start.compareTo(ip) <= 0 && ip.compareTo(end) <= 0;
        }
        IPAddress block = new IPAddressString(entry).getAddress();
        return block != null && block.getIPVersion() == ip.getIPVersion() && block.toPrefixBlock().contains(ip);
    }
}
