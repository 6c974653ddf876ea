package io.peerplan.export.lab;

import io.peerplan.model.BgpOptions;
import io.peerplan.model.Platform;
import io.peerplan.model.Router;

/**
 * The lab runs FRR for every router it has no real software for: a RouterOS router (and a Quagga
 * router given to {@link #adapt} directly; the planner runs real Quagga for those) is made to decide
 * as that software does where its config is silent (reference.md §3, §4), by lines added right after
 * {@code router bgp ASN} of its exported frr.conf:
 * <ul>
 * <li>neither has RFC 8212's policy requirement: {@code no bgp ebgp-requires-policy};</li>
 * <li>neither uses BGP multipath unless told to: {@code maximum-paths 1}, {@code maximum-paths ibgp 1};</li>
 * <li>Quagga 1.2 checks {@code network} statements against the RIB only with
 *     {@code bgp network import-check}; RouterOS ({@code synchronize=yes}) does by default, as FRR.</li>
 * </ul>
 * FRR and external routers run their config unchanged.
 */
final class PlatformEmulation {
    private PlatformEmulation() {
    }

    static String adapt(Router r, String config) {
        Platform p = r.platform() == null ? Platform.FRR : r.platform();
        if (p == Platform.FRR || p == Platform.EXTERNAL) {
            return config;
        }
        BgpOptions o = r.bgp();
        StringBuilder lines = new StringBuilder();
        lines.append(" no bgp ebgp-requires-policy\n");
        if (p == Platform.QUAGGA && !Boolean.TRUE.equals(o.networkImportCheck())) {
            lines.append(" no bgp network import-check\n");
        }
        lines.append(" address-family ipv4 unicast\n");
        lines.append("  maximum-paths ").append(o.maximumPaths() != null ? o.maximumPaths() : 1).append('\n');
        lines.append("  maximum-paths ibgp ").append(o.maximumPathsIbgp() != null ? o.maximumPathsIbgp() : 1).append('\n');
        lines.append(" exit-address-family\n");
        StringBuilder out = new StringBuilder();
        boolean done = false;
        for (String line : config.split("\n", -1)) {
            out.append(line).append('\n');
            if (!done && line.startsWith("router bgp ")) {
                out.append(" ! Peerplan lab: behave as ").append(p.label()).append('\n').append(lines);
                done = true;
            }
        }
        if (!done) {
            throw new LabException(r.id() + ": its exported config has no 'router bgp' section");
        }
        return out.substring(0, out.length() - 1);
    }
}
