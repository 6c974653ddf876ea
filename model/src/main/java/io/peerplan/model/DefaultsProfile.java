package io.peerplan.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * FRR's {@code frr defaults} profile, which changes timers and policy defaults
 * (reference.md §2, FRR docs "frr defaults").
 */
public enum DefaultsProfile {
    @JsonProperty("traditional") TRADITIONAL(60, 180, true, true, false),
    @JsonProperty("datacenter") DATACENTER(3, 9, false, true, true);

    private final int keepalive;
    private final int hold;
    private final boolean ebgpRequiresPolicy;
    private final boolean networkImportCheck;
    private final boolean deterministicMed;

    DefaultsProfile(int keepalive, int hold, boolean ebgpRequiresPolicy, boolean networkImportCheck,
            boolean deterministicMed) {
        this.keepalive = keepalive;
        this.hold = hold;
        this.ebgpRequiresPolicy = ebgpRequiresPolicy;
        this.networkImportCheck = networkImportCheck;
        this.deterministicMed = deterministicMed;
    }

    public int keepalive() {
        return keepalive;
    }

    public int hold() {
        return hold;
    }

    public boolean ebgpRequiresPolicy() {
        return ebgpRequiresPolicy;
    }

    /** {@code bgp network import-check} is on by default in both profiles since FRR 7. */
    public boolean networkImportCheck() {
        return networkImportCheck;
    }

    public boolean deterministicMed() {
        return deterministicMed;
    }

    public String keyword() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
