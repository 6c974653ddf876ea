package io.peerplan.export;

import io.peerplan.export.text.UnwritableValueException;
import io.peerplan.model.Cluster;
import io.peerplan.model.Platform;
import io.peerplan.model.Router;
import io.peerplan.model.Topology;
import io.peerplan.model.TopologyIndex;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds a config bundle from a design: one directory per exported router (its platform's format,
 * or the {@link ExportOptions#platform()} override) and per cluster (its speaker's objects and services, {@link ClusterExporters}),
 * and a README.md saying what goes where and how to apply it. Routers of platform {@code external}
 * are not the user's and are exported only when named with {@code only}. Pure: no I/O
 * ({@link BundleWriter} writes the result).
 */
public final class BundleExporter {
    public static final String README = "README.md";

    private BundleExporter() {
    }

    public static Bundle export(Topology t, ExportOptions o) throws ExportRefusedException {
        try {
            return build(t, o);
        } catch (UnwritableValueException e) {
            // A value the format cannot hold (the loader refuses it first; a design built in memory may still have one).
            throw new ExportRefusedException(List.of(e.getMessage()));
        }
    }

    private static Bundle build(Topology t, ExportOptions o) throws ExportRefusedException {
        TopologyIndex index = new TopologyIndex(t);
        checkOnly(index, o.only());
        List<ExportFile> files = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        List<BundleEntry> entries = new ArrayList<>();
        for (Router r : t.routers()) {
            if (!selected(r.id(), o) || (r.platform() == Platform.EXTERNAL && !o.only().contains(r.id()))) {
                continue;
            }
            Platform p = o.platform() != null ? o.platform() : r.platform() == Platform.EXTERNAL ? Platform.FRR : r.platform();
            RouterFiles rendered;
            try {
                rendered = RouterExporters.of(p).render(index, r, o, notes(o, r.id()));
            } catch (ExportRefusedException e) {
                refusals.addAll(e.reasons());
                continue;
            }
            String dir = r.id() + "/";
            rendered.warnings().forEach(x -> warnings.add(x.startsWith(r.id()) ? x : r.id() + ": " + x));
            rendered.files().forEach(f -> files.add(new ExportFile(dir + f.path(), f.content())));
            entries.add(new BundleEntry(r.id(), "router", p, null, null, rendered.files().stream().map(ExportFile::path).toList()));
        }
        for (Cluster c : t.clusters()) {
            if (!selected(c.id(), o)) {
                continue;
            }
            Cluster.ConfigStyle style = o.metallbStyle() != null ? o.metallbStyle() : c.effectiveConfigStyle();
            RouterFiles rendered = ClusterExporters.of(c.effectiveSpeaker()).render(index, c, style, notes(o, c.id()));
            String dir = c.id() + "/";
            rendered.warnings().forEach(x -> warnings.add(c.id() + ": " + x));
            rendered.files().forEach(f -> files.add(new ExportFile(dir + f.path(), f.content())));
            entries.add(new BundleEntry(c.id(), "cluster", null, c.effectiveSpeaker(), style,
                    rendered.files().stream().map(ExportFile::path).toList()));
        }
        if (!refusals.isEmpty()) {
            throw new ExportRefusedException(refusals);
        }
        files.addFirst(new ExportFile(README, BundleReadme.render(t, index, o, entries, warnings, files)));
        return new Bundle(files, warnings);
    }

    private static boolean selected(String id, ExportOptions o) {
        return o.only().isEmpty() || o.only().contains(id);
    }

    private static List<String> notes(ExportOptions o, String elementId) {
        List<String> lines = new ArrayList<>();
        List<BundleNote> mine = o.findings().stream().filter(f -> f.concerns(elementId)).toList();
        if (!mine.isEmpty()) {
            lines.add("Exported with --force despite these validation findings:");
            mine.forEach(f -> lines.add("  " + f.line()));
        }
        return lines;
    }

    private static void checkOnly(TopologyIndex index, Set<String> only) {
        Set<String> unknown = new LinkedHashSet<>();
        for (String id : only) {
            if (index.router(id).isEmpty() && index.cluster(id).isEmpty()) {
                unknown.add(id);
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("--only names no router or cluster: " + String.join(", ", unknown)
                    + " (routers and clusters: " + String.join(", ", index.topology().routers().stream().map(Router::id).toList())
                    + ", " + String.join(", ", index.topology().clusters().stream().map(Cluster::id).toList()) + ")");
        }
    }
}
