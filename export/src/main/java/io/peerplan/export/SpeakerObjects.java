package io.peerplan.export;

import io.peerplan.model.Cluster;
import io.peerplan.model.SpeakerSwitch;
import io.peerplan.model.Topology;
import io.peerplan.model.TopologyIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Kubernetes objects a switch of speaker applies, by file, kind and name: the speaker file of
 * each cluster the switch covers, as the export writes it ({@code peerplan compare} and the
 * designer's migration view list them).
 */
public final class SpeakerObjects {
    private static final Pattern OBJECT = Pattern.compile("(?m)^kind: (\\S+)\\nmetadata:\\n  name: (\\S+)");

    /** One object: the bundle file it is in ({@code CLUSTER/FILE}), its kind and name. */
    public record Entry(String file, String kind, String name) {
    }

    private SpeakerObjects() {
    }

    /** Every object of each switched cluster's speaker file, in file order; one render per cluster. */
    public static List<Entry> of(Topology design, SpeakerSwitch change) {
        Topology switched = change.applyTo(design);
        TopologyIndex index = new TopologyIndex(switched);
        List<Entry> out = new ArrayList<>();
        for (Cluster c : switched.clusters()) {
            if (!change.covers(c)) {
                continue;
            }
            ExportFile f = ClusterExporters.of(c.effectiveSpeaker()).render(index, c, c.effectiveConfigStyle(), List.of()).files().getFirst();
            Matcher m = OBJECT.matcher(f.content());
            while (m.find()) {
                out.add(new Entry(c.id() + "/" + f.path(), m.group(1), m.group(2)));
            }
        }
        return out;
    }
}
