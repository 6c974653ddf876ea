package io.peerplan.export.frr;

import io.peerplan.export.Secrets;
import io.peerplan.model.NeighborConfig;
import io.peerplan.model.PeerGroup;
import io.peerplan.model.Router;
import java.util.List;
import java.util.Optional;

/**
 * The {@code neighbor NAME ...} lines of one neighbor or peer-group, in the order FRR 8.4's
 * {@code bgp_config_write_peer_global} / {@code _peer_af} print them (measured with vtysh). Only the
 * element's own settings are written: members inherit the rest from their peer-group's lines, as in
 * FRR. Values FRR does not print because they are its defaults ({@code port 179}) are left out so
 * that {@code frr-reload.py} sees no difference after loading.
 */
final class FrrNeighborLines {
    static final int DEFAULT_PORT = 179;
    /** FRR prints {@code allowas-in} bare for its default count. */
    static final int DEFAULT_ALLOWAS_IN = 3;

    private FrrNeighborLines() {
    }

    /** Global lines of a peer-group: definition, remote-as, then the common attributes. */
    static void group(FrrText out, Router r, PeerGroup g) {
        String n = FrrText.word(g.name());
        out.line(1, "neighbor " + n + " peer-group");
        if (g.config().remoteAs() != null) {
            out.line(1, "neighbor " + n + " remote-as " + FrrText.word(g.config().remoteAs()));
        }
        common(out, r, n, g.config());
    }

    /** Global lines of a neighbor (address), with peer-group membership. */
    static void neighbor(FrrText out, Router r, String name, NeighborConfig c, List<String> warnings) {
        if (c.peerGroup() != null) {
            Optional<PeerGroup> g = r.peerGroup(c.peerGroup());
            String groupAs = g.map(x -> x.config().remoteAs()).orElse(null);
            if (groupAs == null && c.remoteAs() != null) {
                out.line(1, "neighbor " + name + " remote-as " + FrrText.word(c.remoteAs()));
            } else if (groupAs != null && c.remoteAs() != null && !groupAs.equals(c.remoteAs())) {
                warnings.add("neighbor " + name + ": remote-as " + c.remoteAs() + " is overridden by peer-group '"
                        + c.peerGroup() + "' (remote-as " + groupAs + "); FRR keeps the group's");
            }
            if (g.isEmpty()) {
                warnings.add("neighbor " + name + ": peer-group '" + c.peerGroup() + "' is not defined on " + r.id());
            }
            out.line(1, "neighbor " + name + " peer-group " + FrrText.word(c.peerGroup()));
        } else if (c.remoteAs() != null) {
            out.line(1, "neighbor " + name + " remote-as " + FrrText.word(c.remoteAs()));
        } else {
            warnings.add("neighbor " + name + " has no remote-as and no peer-group; FRR will refuse it");
        }
        common(out, r, name, c);
    }

    private static void common(FrrText out, Router r, String n, NeighborConfig c) {
        String p = "neighbor " + n + " ";
        if (c.localAs() != null) {
            out.line(1, p + "local-as " + c.localAs());
        }
        if (c.description() != null && !c.description().isBlank()) {
            out.line(1, p + "description " + FrrPolicySection.collapse(c.description()));
        }
        if (Boolean.TRUE.equals(c.shutdown())) {
            out.line(1, p + "shutdown");
        }
        // A BFD profile implies BFD: vtysh prints both lines (measured).
        if (c.bfdEnabled()) {
            out.line(1, p + "bfd");
        }
        if (c.bfdProfile() != null) {
            out.line(1, p + "bfd profile " + FrrText.word(c.bfdProfile()));
        }
        if (c.passwordRef() != null) {
            out.line(1, p + "password " + Secrets.placeholder(c.passwordRef()));
        }
        if (c.port() != null && c.port() != DEFAULT_PORT) {
            out.line(1, p + "port " + c.port());
        }
        if (c.interfaceName() != null) {
            out.line(1, p + "interface " + FrrText.word(c.interfaceName()));
        }
        // frr-lab.md: FRR shows a bare ebgp-multihop as 255; writing the number avoids a reload diff.
        if (c.ebgpMultihop() != null) {
            out.line(1, p + "ebgp-multihop " + c.ebgpMultihop());
        }
        if (c.updateSource() != null) {
            out.line(1, p + "update-source " + FrrText.word(c.updateSource()));
        }
        if (c.keepalive() != null || c.hold() != null) {
            int ka = c.keepalive() != null ? c.keepalive() : r.bgp().effectiveKeepalive();
            int hold = c.hold() != null ? c.hold() : r.bgp().effectiveHold();
            out.line(1, p + "timers " + ka + " " + hold);
        }
    }

    /** Address-family lines (inside {@code address-family ipv4|ipv6 unicast}). */
    static void af(FrrText out, String n, NeighborConfig c, boolean activate) {
        String p = "neighbor " + FrrText.word(n) + " ";
        if (activate) {
            out.line(2, p + "activate");
        }
        if (Boolean.TRUE.equals(c.routeReflectorClient())) {
            out.line(2, p + "route-reflector-client");
        }
        if (Boolean.TRUE.equals(c.nextHopSelf())) {
            out.line(2, p + "next-hop-self");
        }
        if (Boolean.TRUE.equals(c.defaultOriginate())) {
            out.line(2, p + "default-originate");
        }
        if (c.allowasIn() != null) {
            out.line(2, p + "allowas-in" + (c.allowasIn() == DEFAULT_ALLOWAS_IN ? "" : " " + c.allowasIn()));
        }
        if (c.weight() != null) {
            out.line(2, p + "weight " + c.weight());
        }
        if (c.prefixListIn() != null) {
            out.line(2, p + "prefix-list " + FrrText.word(c.prefixListIn()) + " in");
        }
        if (c.prefixListOut() != null) {
            out.line(2, p + "prefix-list " + FrrText.word(c.prefixListOut()) + " out");
        }
        if (c.routeMapIn() != null) {
            out.line(2, p + "route-map " + FrrText.word(c.routeMapIn()) + " in");
        }
        if (c.routeMapOut() != null) {
            out.line(2, p + "route-map " + FrrText.word(c.routeMapOut()) + " out");
        }
    }

    /** True when {@link #af} would print something besides {@code activate}. */
    static boolean hasAf(NeighborConfig c) {
        return Boolean.TRUE.equals(c.routeReflectorClient()) || Boolean.TRUE.equals(c.nextHopSelf())
                || Boolean.TRUE.equals(c.defaultOriginate()) || c.allowasIn() != null || c.weight() != null
                || c.prefixListIn() != null || c.prefixListOut() != null || c.routeMapIn() != null || c.routeMapOut() != null;
    }
}
