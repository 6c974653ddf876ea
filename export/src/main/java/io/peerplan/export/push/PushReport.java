package io.peerplan.export.push;

import java.util.List;

/** The result of a push: one report per device, in plan order. */
public record PushReport(List<DeviceReport> devices) {

    public PushReport {
        devices = List.copyOf(devices);
    }

    /** True when no device failed, was rolled back or was cancelled. */
    public boolean allOk() {
        return devices.stream().allMatch(d -> switch (d.outcome()) {
            case UNCHANGED, PREVIEWED, APPLIED, NOT_SUPPORTED -> true;
            case ROLLED_BACK, FAILED, CANCELLED -> false;
        });
    }

    public DeviceReport device(String id) {
        return devices.stream().filter(d -> d.device().equals(id)).findFirst().orElseThrow();
    }
}
