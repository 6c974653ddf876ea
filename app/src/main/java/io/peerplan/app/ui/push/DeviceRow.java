package io.peerplan.app.ui.push;

import io.peerplan.export.push.DeviceOutcome;
import io.peerplan.export.push.DeviceReport;
import io.peerplan.export.push.PushEvent;
import io.peerplan.export.push.PushStep;
import io.peerplan.export.push.PushTarget;
import java.util.List;
import java.util.Optional;

/**
 * One device of the push dialog: what the plan would do to it, whether the user chose it, and what
 * happened so far (current step, progress, and the final report). Only touched on the UI thread
 * (the view-model hops there before it changes a row).
 */
public final class DeviceRow {
    /** The steps of a preview (dry run) and of an apply, for the progress fraction. */
    private static final List<PushStep> PREVIEW = List.of(PushStep.CONNECT, PushStep.UPLOAD, PushStep.CHECK, PushStep.DIFF);
    private static final List<PushStep> APPLY = List.of(PushStep.CONNECT, PushStep.UPLOAD, PushStep.CHECK, PushStep.DIFF,
            PushStep.SAVE, PushStep.APPLY, PushStep.VERIFY);

    private final PushTarget target;
    private boolean selected;
    private String stepText = "";
    private double progress;
    private DeviceReport preview;
    private DeviceReport report;

    DeviceRow(PushTarget target) {
        this.target = target;
        this.selected = target.supported();
    }

    public String id() {
        return target.id();
    }

    public String name() {
        return target.name();
    }

    /** The router's platform ("FRR", "RouterOS v7"...), or "MetalLB (kubectl)" for a cluster. */
    public String kind() {
        return target.kind() == PushTarget.Kind.ROUTER ? target.platform() : "MetalLB (kubectl)";
    }

    public String login() {
        return target.login() == null ? "" : target.login();
    }

    public boolean supported() {
        return target.supported();
    }

    public PushTarget target() {
        return target;
    }

    /** What the push would do to this device, or why it will not touch it. */
    public String plan() {
        if (!target.supported()) {
            return "Not supported: " + target.unsupportedReason();
        }
        // The export layer words the steps, including the exact command prefix every command runs with.
        return target.steps(false);
    }

    public boolean selected() {
        return selected;
    }

    void selected(boolean value) {
        selected = value && target.supported();
    }

    public String stepText() {
        return stepText;
    }

    /** 0..1, or -1 while a rollback runs (its length is unknown). */
    public double progress() {
        return progress;
    }

    /** The dry run's report (with the diff), or null before the preview. */
    public DeviceReport preview() {
        return preview;
    }

    /** The final report, or null until the run that touches this device ends. */
    public DeviceReport report() {
        return report;
    }

    /** The report to show: the final one, else the preview's. */
    public Optional<DeviceReport> latest() {
        return Optional.ofNullable(report != null ? report : preview);
    }

    /** The diff of the device: from the final report if it has one, else from the preview. */
    public String diff() {
        return latest().map(DeviceReport::diff).filter(d -> !d.isBlank()).or(() -> Optional.ofNullable(preview).map(DeviceReport::diff))
                .orElse("");
    }

    public Optional<HostKeyNotice> hostKey() {
        return latest().flatMap(r -> HostKeyNotice.parse(r.reason()));
    }

    /** The outcome in words, or empty while none. */
    public String outcomeText() {
        return latest().map(r -> {
            if (r.outcome() == DeviceOutcome.PREVIEWED) {
                int[] c = DiffLines.counts(r.diff());
                return "to change: −" + c[0] + " +" + c[1];
            }
            return words(r.outcome());
        }).orElse("");
    }

    public static String words(DeviceOutcome o) {
        return o.name().toLowerCase().replace('_', ' ');
    }

    /** Clears what a new run replaces: the final report, and before a preview the preview too. */
    void reset(boolean applying, String text) {
        stepText = text;
        progress = 0;
        report = null;
        if (!applying) {
            preview = null;
        }
    }

    void onEvent(PushEvent e, boolean applying) {
        if (applying ? report != null : preview != null) {
            // The device's report is in: a straggling event must not overwrite its outcome.
            return;
        }
        List<PushStep> steps = applying ? APPLY : PREVIEW;
        int i = steps.indexOf(e.step());
        String first = e.message() == null ? "" : e.message().lines().findFirst().orElse("");
        switch (e.phase()) {
            case STARTED -> {
                stepText = e.step().label() + "…" + (first.isEmpty() ? "" : " " + first);
                if (e.step() == PushStep.ROLLBACK) {
                    progress = -1;
                } else if (i >= 0) {
                    progress = (double) i / steps.size();
                }
            }
            case PROGRESS -> stepText = e.step().label() + ": " + first;
            case SUCCEEDED -> {
                stepText = e.step().label() + " ok" + (first.isEmpty() ? "" : " — " + first);
                if (i >= 0) {
                    progress = (double) (i + 1) / steps.size();
                }
            }
            case FAILED -> stepText = e.step().label() + " FAILED — " + first;
        }
    }

    void previewed(DeviceReport r) {
        preview = r;
        progress = 1;
        stepText = words(r.outcome());
    }

    void done(DeviceReport r) {
        report = r;
        progress = 1;
        stepText = words(r.outcome());
    }
}
