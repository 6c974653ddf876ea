package io.peerplan.app.cli;

import io.peerplan.export.push.DeviceReport;
import io.peerplan.export.push.PushEvent;
import io.peerplan.export.push.PushListener;
import io.peerplan.export.push.PushReport;
import java.io.PrintWriter;

/** Prints a push's progress (one line per step event), the diffs, and the final per-device report. */
final class PushProgress implements PushListener {
    private final PrintWriter out;

    PushProgress(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void onEvent(PushEvent e) {
        if (e.phase() == PushEvent.Phase.SUCCEEDED && (e.message() == null || e.message().isEmpty())) {
            return;
        }
        synchronized (out) {
            out.println("  [" + e.device() + "] " + e.step().label() + " " + e.phase().name().toLowerCase()
                    + (e.message() == null || e.message().isEmpty() ? "" : ": " + e.message().lines().findFirst().orElse("")));
            out.flush();
        }
    }

    void diffs(PushReport preview) {
        synchronized (out) {
            for (DeviceReport d : preview.devices()) {
                if (!d.diff().isBlank()) {
                    out.println();
                    out.println("Diff for " + d.device() + " (" + d.kind() + "):");
                    d.diff().lines().forEach(l -> out.println("    " + l));
                }
            }
            out.flush();
        }
    }

    void report(PushReport report) {
        synchronized (out) {
            out.println();
            out.println("Report:");
            for (DeviceReport d : report.devices()) {
                out.println("  " + d.summary());
                d.steps().forEach(s -> out.println("      " + s));
            }
            out.flush();
        }
    }
}
