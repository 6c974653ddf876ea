package io.peerplan.export.lab;

import org.junit.jupiter.api.Assumptions;

/** Lab tests need root and FRR; CI has both (.ci/run). Elsewhere they are skipped with the reason. */
final class LabAssumptions {
    private LabAssumptions() {
    }

    static void assumeLabCanRun() {
        String missing = Preflight.report();
        Assumptions.assumeTrue(missing == null, () -> "skipped: " + missing);
    }
}
