package io.peerplan.app.findings;

import io.peerplan.model.Topology;
import java.util.List;

/**
 * Where live validation gets its findings. Must be a pure function safe to call off the FX thread
 * (the validator contract in CONTRACTS.md promises exactly that).
 */
@FunctionalInterface
public interface FindingsSource {
    List<DesignFinding> findings(Topology topology);
}
