package io.peerplan.app.ui.exportui;

import io.peerplan.export.Bundle;
import io.peerplan.export.BundleExporter;
import io.peerplan.export.BundleNote;
import io.peerplan.export.BundleWriter;
import io.peerplan.export.ExportOptions;
import io.peerplan.export.ExportRefusedException;
import io.peerplan.model.Cluster;
import io.peerplan.model.Platform;
import io.peerplan.model.Router;
import io.peerplan.model.Topology;
import io.peerplan.model.validate.Finding;
import io.peerplan.model.validate.Severity;
import io.peerplan.model.validate.Validator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The export dialog's state without the UI: which devices, which format, the findings that gate
 * the export and whether the user overrides them. {@link #bundle()} and {@link #write} are pure
 * or file work meant for a background thread.
 */
public final class ExportModel {
    /** A device the dialog offers: a managed router or a cluster. */
    public record Device(String id, String label) {
    }

    private final Topology topology;
    private final List<Finding> findings;
    private final List<Device> devices = new ArrayList<>();
    private final Set<String> selected = new LinkedHashSet<>();
    private Platform platform;
    private Cluster.ConfigStyle metallbStyle;
    private boolean override;

    /** Validates the topology: call off the FX thread for large designs. */
    public ExportModel(Topology topology) {
        this.topology = topology;
        this.findings = Validator.validate(topology);
        for (Router r : topology.routers()) {
            if (r.platform() != Platform.EXTERNAL) {
                devices.add(new Device(r.id(), r.id() + " (" + r.platform().label() + ")"));
            }
        }
        for (Cluster c : topology.clusters()) {
            devices.add(new Device(c.id(), c.id() + " (MetalLB)"));
        }
        devices.forEach(d -> selected.add(d.id()));
    }

    public List<Device> devices() {
        return devices;
    }

    public Set<String> selected() {
        return selected;
    }

    public void select(String id, boolean on) {
        if (on) {
            selected.add(id);
        } else {
            selected.remove(id);
        }
    }

    public void platform(Platform p) {
        this.platform = p;
    }

    public void metallbStyle(Cluster.ConfigStyle s) {
        this.metallbStyle = s;
    }

    public void override(boolean on) {
        this.override = on;
    }

    public List<Finding> errors() {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }

    public List<Finding> findings() {
        return findings;
    }

    /** Why the export may not go ahead, or empty. */
    public List<String> blockers() {
        List<String> out = new ArrayList<>();
        if (selected.isEmpty()) {
            out.add("Choose at least one device.");
        }
        if (!override && !errors().isEmpty()) {
            out.add(io.peerplan.app.ui.fit.Words.count(errors().size(), "validation error") + (errors().size() == 1 ? " blocks" : " block") + " the export; fix them or tick \"Export anyway\".");
        }
        return out;
    }

    /** The bundle for the current choices; an overridden export carries the findings into the file headers. */
    public Bundle bundle() throws ExportRefusedException {
        List<BundleNote> notes = override ? findings.stream().map(f -> new BundleNote(f.severity().name(), f.ruleId(),
                f.message(), f.elementIds())).toList() : List.of();
        boolean all = selected.size() == devices.size();
        ExportOptions o = new ExportOptions(platform, metallbStyle, null, null, all ? Set.of() : selected, notes);
        return BundleExporter.export(topology, o);
    }

    /** What a write did: where, and what the user should know (edited files that were kept). */
    public record Written(Path target, List<String> notes) {
    }

    /**
     * Writes the bundle to a directory, or to a zip when the path ends in .zip. A folder or file that
     * holds anything but this design's previous bundle is refused ({@link BundleWriter}).
     */
    public Written write(Path target) throws IOException, ExportRefusedException {
        List<String> blockers = blockers();
        if (!blockers.isEmpty()) {
            throw new ExportRefusedException(blockers);
        }
        return new Written(target, BundleWriter.write(bundle(), topology.name(), target, false));
    }
}
