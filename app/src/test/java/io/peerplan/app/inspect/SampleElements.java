package io.peerplan.app.inspect;

import io.peerplan.app.design.MetalLbList;
import io.peerplan.app.design.Placed;
import io.peerplan.app.design.Refs;
import io.peerplan.model.Cluster;
import io.peerplan.model.Topology;
import java.util.ArrayList;
import java.util.List;

/** The selection key of every element the inspector can show, for tests that visit every form. */
final class SampleElements {
    private SampleElements() {
    }

    static List<String> keys(Topology t) {
        List<String> out = new ArrayList<>();
        t.regions().forEach(r -> out.add(r.id()));
        Placed.all(t).forEach(p -> out.add(p.id()));
        for (Cluster c : t.clusters()) {
            c.nodes().forEach(n -> out.add(n.id()));
            c.metallb().pools().forEach(p -> out.add(Refs.pool(c.id(), p)));
            c.services().forEach(s -> out.add(Refs.service(c.id(), s)));
            for (MetalLbList<?> list : MetalLbList.ALL) {
                list.names(c.metallb()).forEach(n -> out.add(list.key(c.id(), n)));
            }
        }
        t.peerings().forEach(p -> out.add(p.id()));
        return out;
    }
}
