package io.peerplan.export.lab;

import io.peerplan.export.frr.FrrPolicySection;
import io.peerplan.model.IpPrefix;
import io.peerplan.model.MetalLbBfdProfile;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Renders a speaker's frr.conf the way MetalLB's FRR backend does (frr-k8s renders the same shape;
 * Cilium's GoBGP gets the same sessions and announcements without BFD, see {@link MetalLbSpeaker}) (upstream
 * {@code internal/bgp/frr/templates/}: frr.tmpl, neighborsession.tmpl, filters.tmpl,
 * bfdprofile.tmpl; reference.md §1): no RFC 8212 policy requirement, no import-check (the /32s are
 * in no RIB), no default IPv4 activation, explicit timers, {@code bfd} plus {@code bfd profile},
 * an inbound route-map that denies everything and an outbound one that lets through only the
 * advertised prefixes, setting local preference and communities per advertisement.
 */
final class SpeakerConfig {
    private SpeakerConfig() {
    }

    static String render(MetalLbSpeaker s, String hostname) {
        StringBuilder b = new StringBuilder();
        b.append("hostname ").append(hostname).append('\n');
        b.append("ip nht resolve-via-default\n");
        // A node that takes routes in (frr-k8s toReceive) must resolve their next hops as a real node does: through
        // its OS's default route via its gateway, which `ip nht resolve-via-default` lets zebra use (the simulator
        // takes a node's next hops as resolvable). The stand-in's namespace has no OS route, so zebra gets one here.
        s.neighbors().stream().filter(n -> n.receive() != null && !n.multihop()).findFirst()
                .ifPresent(n -> b.append("ip route 0.0.0.0/0 ").append(n.address()).append('\n'));
        for (MetalLbSpeaker.Neighbor n : s.neighbors()) {
            filters(b, n);
        }
        b.append("router bgp ").append(s.myAsn()).append('\n');
        b.append(" no bgp ebgp-requires-policy\n");
        b.append(" no bgp network import-check\n");
        b.append(" no bgp default ipv4-unicast\n");
        b.append(" bgp router-id ").append(s.routerId()).append('\n');
        for (MetalLbSpeaker.Neighbor n : s.neighbors()) {
            session(b, n);
        }
        for (MetalLbSpeaker.Neighbor n : s.neighbors()) {
            b.append(" address-family ipv4 unicast\n");
            b.append("  neighbor ").append(n.address()).append(" activate\n");
            b.append("  neighbor ").append(n.address()).append(" route-map ").append(id(n)).append("-in in\n");
            b.append("  neighbor ").append(n.address()).append(" route-map ").append(id(n)).append("-out out\n");
            b.append(" exit-address-family\n");
        }
        Set<IpPrefix> networks = new LinkedHashSet<>();
        s.neighbors().forEach(n -> n.advertised().forEach(a -> networks.add(a.prefix())));
        if (!networks.isEmpty()) {
            b.append(" address-family ipv4 unicast\n");
            networks.forEach(p -> b.append("  network ").append(p).append('\n'));
            b.append(" exit-address-family\n");
        }
        b.append("exit\n");
        if (!s.bfdProfiles().isEmpty()) {
            b.append("bfd\n");
            s.bfdProfiles().forEach(p -> bfdProfile(b, p));
            b.append("exit\n");
        }
        return b.toString();
    }

    private static void session(StringBuilder b, MetalLbSpeaker.Neighbor n) {
        String peer = " neighbor " + n.address();
        b.append(peer).append(" remote-as ").append(n.remoteAs()).append('\n');
        if (n.multihop()) {
            b.append(peer).append(" ebgp-multihop\n");
        }
        if (n.port() != null) {
            b.append(peer).append(" port ").append(n.port()).append('\n');
        }
        b.append(peer).append(" timers ").append(n.keepalive()).append(' ').append(n.hold()).append('\n');
        if (n.connectTime() != null && n.connectTime() != 0) {
            b.append(peer).append(" timers connect ").append(n.connectTime()).append('\n');
        }
        if (n.updateSource() != null && !n.updateSource().isBlank()) {
            b.append(peer).append(" update-source ").append(n.updateSource()).append('\n');
        }
        if (n.bfdProfile() != null && !n.bfdProfile().isBlank()) {
            b.append(peer).append(" bfd\n");
            b.append(peer).append(" bfd profile ").append(n.bfdProfile()).append('\n');
        }
    }

    /**
     * filters.tmpl: deny-all in, except what an frr-k8s peer's {@code toReceive} lets through (frr-k8s
     * internal/frr/templates: the {@code -inpl-ipv4} prefix-list matched before the deny); per
     * advertisement a local-pref and community entry (on-match next), then the allow list.
     */
    private static void filters(StringBuilder b, MetalLbSpeaker.Neighbor n) {
        String id = id(n);
        if (n.receive() != null) {
            n.receive().entries().forEach(e -> b.append(FrrPolicySection.entry("ip", n.receive(), e)).append('\n'));
            b.append("route-map ").append(id).append("-in permit 3\n");
            b.append(" match ip address prefix-list ").append(n.receive().name()).append('\n');
            b.append("exit\n");
        }
        b.append("route-map ").append(id).append("-in deny 20\n");
        b.append("exit\n");
        int seq = 1;
        List<String> allowed = new ArrayList<>();
        for (MetalLbSpeaker.Advertised a : n.advertised()) {
            if (a.localPref() != null && a.localPref() != 0) {
                String list = id + "-" + a.localPref() + "-ipv4-localpref-prefixes";
                b.append("ip prefix-list ").append(list).append(" permit ").append(a.prefix()).append('\n');
                b.append("route-map ").append(id).append("-out permit ").append(seq++).append('\n');
                b.append(" match ip address prefix-list ").append(list).append('\n');
                b.append(" set local-preference ").append(a.localPref()).append('\n');
                b.append(" on-match next\n");
                b.append("exit\n");
            }
            for (String c : a.communities()) {
                boolean large = c.startsWith("large:");
                String value = large ? c.substring("large:".length()) : c;
                String list = id + "-" + value + "-ipv4-community-prefixes";
                b.append("ip prefix-list ").append(list).append(" permit ").append(a.prefix()).append('\n');
                b.append("route-map ").append(id).append("-out permit ").append(seq++).append('\n');
                b.append(" match ip address prefix-list ").append(list).append('\n');
                b.append(large ? " set large-community " : " set community ").append(value).append(" additive\n");
                b.append(" on-match next\n");
                b.append("exit\n");
            }
            if (!allowed.contains(a.prefix().toString())) {
                allowed.add(a.prefix().toString());
            }
        }
        for (String p : allowed) {
            b.append("ip prefix-list ").append(id).append("-pl-ipv4 permit ").append(p).append('\n');
        }
        b.append("ip prefix-list ").append(id).append("-pl-ipv4 deny any\n");
        b.append("route-map ").append(id).append("-out permit ").append(seq).append('\n');
        b.append(" match ip address prefix-list ").append(id).append("-pl-ipv4\n");
        b.append("exit\n");
    }

    private static void bfdProfile(StringBuilder b, MetalLbBfdProfile p) {
        b.append(" profile ").append(p.name()).append('\n');
        if (p.receiveInterval() != null) {
            b.append("  receive-interval ").append(p.receiveInterval()).append('\n');
        }
        if (p.transmitInterval() != null) {
            b.append("  transmit-interval ").append(p.transmitInterval()).append('\n');
        }
        if (p.detectMultiplier() != null) {
            b.append("  detect-multiplier ").append(p.detectMultiplier()).append('\n');
        }
        if (Boolean.TRUE.equals(p.echoMode())) {
            b.append("  echo-mode\n");
        }
        if (p.echoInterval() != null) {
            b.append("  echo-interval ").append(p.echoInterval()).append('\n');
        }
        if (Boolean.TRUE.equals(p.passiveMode())) {
            b.append("  passive-mode\n");
        }
        if (p.minimumTtl() != null) {
            b.append("  minimum-ttl ").append(p.minimumTtl()).append('\n');
        }
        b.append(" exit\n");
    }

    /** MetalLB names a neighbor's filters after its address (its {@code ID} outside VRFs). */
    private static String id(MetalLbSpeaker.Neighbor n) {
        return n.address().toString();
    }
}
