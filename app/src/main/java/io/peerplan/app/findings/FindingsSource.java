package io.peerplan.app.findings;

import io.peerplan.model.Topology;
import java.util.List;

/**
 * Where live validation gets its findings. Must be a pure function safe to call off the FX thread
 * (the model's {@code Validator} is a pure function of the topology).
 */
@FunctionalInterface
public interface FindingsSource {
    List<DesignFinding> findings(Topology topology);
}
