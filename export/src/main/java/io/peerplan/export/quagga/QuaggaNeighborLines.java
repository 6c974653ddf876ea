package io.peerplan.export.quagga;

import io.peerplan.export.Secrets;
import io.peerplan.export.text.ConfigSyntax;
import io.peerplan.model.NeighborConfig;
import io.peerplan.model.Router;

/**
 * The {@code neighbor} lines of Quagga's {@code router bgp}: global settings, then the IPv4 unicast
 * ones directly below them (Quagga writes no {@code address-family ipv4} block).
 */
final class QuaggaNeighborLines {
    private QuaggaNeighborLines() {
    }

    /**
     * Global lines, then (for IPv4, {@code afDepth} 1) the IPv4 unicast lines under router bgp. A
     * peer-group member gets none of the settings Quagga takes only from its group
     * ({@link QuaggaSupport#groupOnly}).
     */
    static void neighbor(QuaggaText out, Router r, String n, NeighborConfig c, int afDepth) {
        String p = "neighbor " + QuaggaText.word(n) + " ";
        String as = numericAs(r, c.remoteAs());
        boolean member = c.peerGroup() != null && !n.equals(c.peerGroup());
        if (member) {
            c = QuaggaSupport.withoutGroupOnly(c);
        }
        if (c.peerGroup() == null && as != null) {
            out.line(1, p + "remote-as " + as);
        }
        if (c.localAs() != null) {
            out.line(1, p + "local-as " + c.localAs());
        }
        if (c.description() != null && !c.description().isBlank()) {
            out.line(1, p + "description " + ConfigSyntax.collapsed(QuaggaText.FORMAT, c.description()));
        }
        if (Boolean.TRUE.equals(c.shutdown())) {
            out.line(1, p + "shutdown");
        }
        if (c.passwordRef() != null) {
            out.line(1, p + "password " + Secrets.placeholder(c.passwordRef()));
        }
        if (c.port() != null && c.port() != 179) {
            out.line(1, p + "port " + c.port());
        }
        if (c.ebgpMultihop() != null) {
            out.line(1, p + "ebgp-multihop " + c.ebgpMultihop());
        }
        if (c.updateSource() != null) {
            out.line(1, p + "update-source " + QuaggaText.word(c.updateSource()));
        }
        if (c.keepalive() != null || c.hold() != null) {
            out.line(1, p + "timers " + (c.keepalive() != null ? c.keepalive() : r.bgp().effectiveKeepalive()) + " "
                    + (c.hold() != null ? c.hold() : r.bgp().effectiveHold()));
        }
        if (afDepth > 0) {
            afLines(out, n, c, afDepth);
        }
    }

    /** The AS number Quagga needs: as written, or the router's own for FRR's {@code internal}; null otherwise. */
    static String numericAs(Router r, String remoteAs) {
        if (remoteAs == null) {
            return null;
        }
        if (remoteAs.matches("[0-9]+")) {
            return remoteAs;
        }
        return remoteAs.equals("internal") && r.asn() != null ? r.asn().toString() : null;
    }

    static void afLines(QuaggaText out, String n, NeighborConfig c, int depth) {
        String p = "neighbor " + QuaggaText.word(n) + " ";
        if (Boolean.TRUE.equals(c.routeReflectorClient())) {
            out.line(depth, p + "route-reflector-client");
        }
        if (Boolean.TRUE.equals(c.nextHopSelf())) {
            out.line(depth, p + "next-hop-self");
        }
        if (Boolean.TRUE.equals(c.defaultOriginate())) {
            out.line(depth, p + "default-originate");
        }
        if (c.allowasIn() != null) {
            out.line(depth, p + "allowas-in " + c.allowasIn());
        }
        if (c.weight() != null) {
            out.line(depth, p + "weight " + c.weight());
        }
        if (c.prefixListIn() != null) {
            out.line(depth, p + "prefix-list " + QuaggaText.word(c.prefixListIn()) + " in");
        }
        if (c.prefixListOut() != null) {
            out.line(depth, p + "prefix-list " + QuaggaText.word(c.prefixListOut()) + " out");
        }
        if (c.routeMapIn() != null) {
            out.line(depth, p + "route-map " + QuaggaText.word(c.routeMapIn()) + " in");
        }
        if (c.routeMapOut() != null) {
            out.line(depth, p + "route-map " + QuaggaText.word(c.routeMapOut()) + " out");
        }
    }
}
