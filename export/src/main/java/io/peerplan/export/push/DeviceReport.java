package io.peerplan.export.push;

import java.util.List;

/**
 * The final word on one device: outcome, why, the diff that was (or would be) applied, whether the
 * device's running config may differ from before the push, and what each step did.
 *
 * @param diff          frr-reload.py's "Lines To Delete / Lines To Add" (or kubectl diff), empty if none
 * @param deviceChanged true when the device's config is now different from before the push (applied,
 *                      or a rollback that could not restore it)
 * @param steps         one line per step, in order
 */
public record DeviceReport(String device, String kind, DeviceOutcome outcome, String reason, String diff, boolean deviceChanged,
        List<String> steps) {

    public DeviceReport {
        // Device output can hold keys in clear (show running-config); none may reach a report.
        steps = steps.stream().map(Redact::secrets).toList();
        diff = diff == null ? "" : Redact.secrets(diff);
        reason = Redact.secrets(reason);
    }

    /** {@code device: OUTCOME — reason}. */
    public String summary() {
        return device + ": " + outcome.name().toLowerCase().replace('_', ' ') + (reason == null || reason.isEmpty() ? "" : " — " + reason);
    }
}
