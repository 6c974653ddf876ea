package io.peerplan.model.sim;

/**
 * The outcome of one best-path run on one prefix: the best path, the multipath set (empty when no
 * other path is equal, as FRR marks none then) and the reason FRR would print.
 */
record Selection(Route best, Route[] multipath, SelectionReason reason) {
    static final Route[] NO_ROUTES = new Route[0];
    static final Selection EMPTY = new Selection(null, NO_ROUTES, SelectionReason.NONE);

    /** True when another run picked the same best and multipath with the same attributes. */
    boolean sameAs(Selection o) {
        if (o == null || reason != o.reason || multipath.length != o.multipath.length) {
            return false;
        }
        if (best == null ? o.best != null : !best.sameAs(o.best)) {
            return false;
        }
        for (int i = 0; i < multipath.length; i++) {
            if (!multipath[i].sameAs(o.multipath[i])) {
                return false;
            }
        }
        return true;
    }
}
