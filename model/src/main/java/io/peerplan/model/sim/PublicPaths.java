package io.peerplan.model.sim;

import io.peerplan.model.Ip;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns internal routes into the public {@link BgpPath} and {@link RibEntry} values, on demand:
 * a large network's results stay compact until someone reads them. Addresses are interned, since
 * the same few hundred appear millions of times.
 */
final class PublicPaths {
    private static final Ip ZERO = V4.ip(0);

    private final CompiledNetwork net;
    private final ConcurrentHashMap<Integer, Ip> ips = new ConcurrentHashMap<>();

    PublicPaths(CompiledNetwork net) {
        this.net = net;
    }

    Ip ip(int address) {
        return address == 0 ? ZERO : ips.computeIfAbsent(address, V4::ip);
    }

    RibEntry entry(int prefix, int speaker, EntryData e) {
        List<BgpPath> candidates = new ArrayList<>(e.candidates().length);
        BgpPath best = null;
        for (Route r : e.candidates()) {
            BgpPath p = path(speaker, r);
            candidates.add(p);
            if (r == e.best()) {
                best = p;
            }
        }
        List<BgpPath> multipath = new ArrayList<>(e.multipath().length);
        for (Route r : e.multipath()) {
            for (int i = 0; i < e.candidates().length; i++) {
                if (e.candidates()[i] == r) {
                    multipath.add(candidates.get(i));
                }
            }
        }
        return new RibEntry(net.prefixes[prefix], Optional.ofNullable(best), candidates, multipath, e.reason().frrText());
    }

    BgpPath path(int speaker, Route r) {
        Speaker self = net.speakers[speaker];
        List<Ip> clusters = new ArrayList<>(r.clusterList.length);
        for (int c : r.clusterList) {
            clusters.add(ip(c));
        }
        boolean local = r.isLocal();
        return new BgpPath(local ? ZERO : ip(r.nextHop), r.asPath.asList(), Route.ORIGIN_TEXT[r.origin],
                r.med == Route.NONE ? null : r.med, r.localPref == Route.NONE ? null : r.localPref, r.weight,
                local ? null : net.speakers[r.fromSpeaker()].id, local ? ZERO : ip(r.peerAddress()),
                ip(local ? self.routerId : r.peerRouterId()), local ? "local" : r.ebgp() ? "external" : "internal",
                r.communities, r.originatorId == 0 ? null : ip(r.originatorId), clusters, r.valid,
                local ? r.local.description : null);
    }
}
