package io.peerplan.model;

/**
 * A router or vantage interface: its name as the OS knows it (eth0, br-lan, ether1), its address
 * with prefix length, and the id of the {@link Network} it sits on (may be null for an unmodelled net).
 */
public record Interface(String name, IpPrefix address, String network) {
}
