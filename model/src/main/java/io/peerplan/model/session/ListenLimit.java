package io.peerplan.model.session;

import io.peerplan.model.Ip;
import io.peerplan.model.Router;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * FRR's {@code bgp listen limit}: a router accepts dynamic neighbors through its listen ranges until
 * the limit, then refuses the rest ({@code peer_lookup_dynamic_neighbor}, bgpd/bgpd.c: "Dynamic
 * Neighbor ... rejected - at limit"; default {@code BGP_DYNAMIC_NEIGHBORS_LIMIT_DEFAULT}, 100, in
 * bgpd/bgpd.h). Which ones win depends on arrival order; Peerplan admits the lowest dialer addresses
 * first, a stable stand-in. The session model applies it to a quiet network, the simulator to each
 * scenario (a failed speaker frees its slot). O(n log n) in the dynamic sessions.
 */
public final class ListenLimit {
    public static final int FRR_DEFAULT = 100;

    private ListenLimit() {
    }

    /** The router's limit ({@code bgp listen limit}, else FRR's default); FRR's default too for no router. */
    public static int of(Router r) {
        return r != null && r.bgp().listenLimit() != null ? r.bgp().listenLimit() : FRR_DEFAULT;
    }

    /** Why a session beyond the limit stays down, in the words validate and simulate both print. */
    public static String reason(Router r, String listenerId) {
        return "bgp listen limit " + of(r) + " of " + listenerId + " reached";
    }

    /**
     * Of {@code up}, the dynamic sessions that could come up, those their listener refuses.
     *
     * @param listener the router that accepts a session through its listen range
     * @param dialer   the address the session comes from
     */
    public static <S> List<S> refused(List<S> up, Function<S, Router> listener, Function<S, Ip> dialer) {
        // By identity, in order of first appearance: a Router record's own hash walks all its prefix
        // lists and route-maps, once per session (about 5 % of the 10x scale topology's simulate profile).
        Map<Router, List<S>> byListener = new IdentityHashMap<>();
        List<Router> order = new ArrayList<>();
        for (S s : up) {
            byListener.computeIfAbsent(listener.apply(s), k -> {
                order.add(k);
                return new ArrayList<>();
            }).add(s);
        }
        List<S> out = new ArrayList<>();
        order.forEach(router -> {
            List<S> list = byListener.get(router);
            int limit = of(router);
            if (list.size() > limit) {
                List<S> sorted = new ArrayList<>(list);
                sorted.sort(Comparator.comparing(dialer, Comparator.nullsLast(Comparator.naturalOrder())));
                out.addAll(sorted.subList(limit, sorted.size()));
            }
        });
        return out;
    }
}
