package io.peerplan.export.frr;

import io.peerplan.model.Router;
import io.peerplan.model.Topology;

/**
 * CONTRACTS.md: renders a router's complete frr.conf. The export branch owns the implementation;
 * this placeholder only lets the lab compile against the contract until that branch is merged.
 */
public final class FrrConfigGenerator {
    private FrrConfigGenerator() {
    }

    public static String generate(Topology t, Router r) {
        throw new UnsupportedOperationException("the FRR config generator (export branch) is not merged yet");
    }
}
