package io.peerplan.export;

import io.peerplan.export.frr.FrrExporter;
import io.peerplan.export.quagga.QuaggaExporter;
import io.peerplan.export.routeros.RouterOsExporter;
import io.peerplan.model.Platform;

/**
 * The exporter registry, keyed by {@link Platform}. The switch is an exhaustive expression: a new
 * platform constant does not compile until it has an exporter ({@code RouterExportersTest} then
 * checks that it renders and has install steps).
 */
public final class RouterExporters {

    private RouterExporters() {
    }

    public static RouterExporter of(Platform p) {
        return switch (p) {
            // A provider's router is written as FRR when named with --only, to hand to its operator.
            case FRR, EXTERNAL -> FrrExporter.INSTANCE;
            case QUAGGA -> QuaggaExporter.INSTANCE;
            case ROUTEROS_V6 -> RouterOsExporter.V6;
            case ROUTEROS_V7 -> RouterOsExporter.V7;
        };
    }
}
