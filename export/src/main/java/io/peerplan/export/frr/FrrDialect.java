package io.peerplan.export.frr;

/**
 * The FRR release a config is written for. The text follows what that release's {@code vtysh}
 * writes ({@code show running-config}), so {@code frr-reload.py} finds nothing to change.
 */
public enum FrrDialect {
    /**
     * Debian 12's FRR 8.4, the version the lab, the push tests and CI run. It has no BFD
     * {@code log-session-changes}; a profile asking for it gets a comment instead of the command.
     */
    FRR_8_4("8.4"),
    /** FRR 10 (frr-stable as seed 000 installs it): adds {@code log-session-changes} in BFD profiles. */
    FRR_10("10");

    private final String version;

    FrrDialect(String version) {
        this.version = version;
    }

    public String version() {
        return version;
    }

    public boolean hasLogSessionChanges() {
        return this == FRR_10;
    }

    /** Parses {@code 8.4}, {@code 8}, {@code 10} or {@code 10.x}. */
    public static FrrDialect parse(String text) {
        String t = text.trim();
        if (t.equals("8") || t.startsWith("8.")) {
            return FRR_8_4;
        }
        if (t.equals("10") || t.startsWith("10.")) {
            return FRR_10;
        }
        throw new IllegalArgumentException("unsupported FRR version '" + text + "' (use 8.4 or 10)");
    }
}
