package io.peerplan.model.validate.metallb;

import io.peerplan.model.Cluster;
import io.peerplan.model.validate.MetalLbObjectName;
import java.util.List;

/** How MetalLB findings name the object they are about: {@code BGPPeer p1 (cluster k8s)}. */
final class Where {
    private Where() {
    }

    static String of(Cluster c, String kind, String name) {
        return new MetalLbObjectName(kind, name).in(c.displayName());
    }

    static List<String> ids(Cluster c) {
        return List.of(c.id());
    }

    /** Go's {@code %q}: the text in double quotes. */
    static String q(Object value) {
        return "\"" + value + "\"";
    }

    /** A Long field that Go reads as uint32 with 0 meaning "not set". */
    static long u32(Long value) {
        return value == null ? 0 : value;
    }
}
