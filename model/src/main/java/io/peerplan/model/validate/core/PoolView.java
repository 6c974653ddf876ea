package io.peerplan.model.validate.core;

import inet.ipaddr.IPAddress;
import io.peerplan.model.AddressPool;
import io.peerplan.model.session.Ips;
import java.util.ArrayList;
import java.util.List;

/**
 * An IPAddressPool's addresses parsed as MetalLB parses them ({@code config.go ParseCIDR}): each entry
 * is a CIDR or a {@code start-end} range summarised into CIDRs, or an error in MetalLB's words.
 */
public record PoolView(AddressPool pool, List<Entry> entries) {

    /** One {@code addresses} entry: its text, its CIDRs (prefix blocks) and the parse error, if any. */
    public record Entry(String text, List<IPAddress> cidrs, String error, boolean reversedRange) {
        public boolean valid() {
            return error == null;
        }
    }

    public static PoolView of(AddressPool pool) {
        List<Entry> entries = new ArrayList<>();
        for (String text : pool.addresses()) {
            entries.add(parse(text));
        }
        return new PoolView(pool, List.copyOf(entries));
    }

    public String name() {
        return pool.name();
    }

    /** Every CIDR of the valid entries, in order. */
    public List<IPAddress> cidrs() {
        List<IPAddress> all = new ArrayList<>();
        for (Entry e : entries) {
            all.addAll(e.cidrs());
        }
        return all;
    }

    public boolean contains(IPAddress address) {
        for (Entry e : entries) {
            for (IPAddress c : e.cidrs()) {
                if (c.getIPVersion() == address.getIPVersion() && c.contains(address)) {
                    return true;
                }
            }
        }
        return false;
    }

    public boolean hasIpv4() {
        return cidrs().stream().anyMatch(IPAddress::isIPv4);
    }

    public boolean hasIpv6() {
        return cidrs().stream().anyMatch(IPAddress::isIPv6);
    }

    /**
     * What is wrong with a text Go's {@code net.ParseCIDR} refuses: MetalLB only says "invalid CIDR",
     * so Peerplan names the part that is missing or wrong.
     */
    private static String whyNotCidr(String t) {
        int slash = t.indexOf('/');
        String address = slash < 0 ? t : t.substring(0, slash);
        IPAddress ip = Ips.parseAddress(address);
        if (ip == null) {
            return "\"" + address + "\" is not an IP address";
        }
        if (slash < 0) {
            return "the prefix length is missing (write " + t + "/" + ip.getBitCount() + " for this one address)";
        }
        return "the prefix length \"" + t.substring(slash + 1) + "\" is not a number 0-" + ip.getBitCount();
    }

    /** MetalLB's {@code ParseCIDR}, with its error messages. */
    static Entry parse(String text) {
        String t = text == null ? "" : text;
        if (!t.contains("-")) {
            IPAddress cidr = Ips.parseCidr(t);
            return cidr == null ? new Entry(t, List.of(), "invalid CIDR \"" + t + "\": " + whyNotCidr(t), false)
                    : new Entry(t, List.of(cidr), null, false);
        }
        int dash = t.indexOf('-');
        String startText = t.substring(0, dash);
        String endText = t.substring(dash + 1);
        IPAddress start = Ips.parseAddress(startText.strip());
        if (start == null) {
            return new Entry(t, List.of(), "invalid IP range \"" + t + "\": invalid start IP \"" + startText + "\"", false);
        }
        IPAddress end = Ips.parseAddress(endText.strip());
        if (end == null) {
            return new Entry(t, List.of(), "invalid IP range \"" + t + "\": invalid end IP \"" + endText + "\"", false);
        }
        if (start.getIPVersion() != end.getIPVersion()) {
            return new Entry(t, List.of(), "invalid IP range \"" + t + "\": start and end are not of the same IP family", false);
        }
        if (start.compareTo(end) > 0) {
            return new Entry(t, List.of(), "invalid IP range \"" + t + "\": start IP \"" + start + "\" is after the end IP \""
                    + end + "\"", true);
        }
        return new Entry(t, Ips.summarize(start, end), null, false);
    }
}
