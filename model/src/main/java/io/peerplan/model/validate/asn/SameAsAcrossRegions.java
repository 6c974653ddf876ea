package io.peerplan.model.validate.asn;

import inet.ipaddr.IPAddress;
import io.peerplan.model.Action;
import io.peerplan.model.PrefixList;
import io.peerplan.model.Router;
import io.peerplan.model.RouterRole;
import io.peerplan.model.validate.Severity;
import io.peerplan.model.validate.core.Context;
import io.peerplan.model.validate.core.PrefixFilter;
import io.peerplan.model.session.Session;
import io.peerplan.model.session.SessionEnd;
import io.peerplan.model.validate.core.Sink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Gateways in two regions with one AS (seed 000: 64859 in Alfa and Bravo). Each drops any route whose
 * AS path already holds its AS (RFC 4271 §9.1.2), so a region's prefixes never reach the other
 * region's gateway through the providers. A default route from the provider still carries the
 * traffic, which makes it an info; without one it is a warning. {@code allowas-in} on the provider
 * sessions lifts the check.
 */
final class SameAsAcrossRegions {
    private static final IPAddress DEFAULT = new inet.ipaddr.IPAddressString("0.0.0.0/0").getAddress();

    private SameAsAcrossRegions() {
    }

    static void check(Context ctx, Sink sink) {
        Map<Long, List<Router>> byAs = new LinkedHashMap<>();
        for (Router r : ctx.topology().routers()) {
            if (r.role() == RouterRole.GATEWAY && r.asn() != null && r.region() != null && hasEbgp(ctx, r) && !allowsOwnAs(ctx, r)) {
                byAs.computeIfAbsent(r.asn().value(), k -> new ArrayList<>()).add(r);
            }
        }
        byAs.forEach((asn, routers) -> {
            if (routers.stream().map(Router::region).distinct().count() < 2) {
                return;
            }
            boolean covered = routers.stream().allMatch(r -> receivesDefault(ctx, r));
            String names = String.join(" and ", routers.stream().map(r -> r.displayName() + " (" + ctx.name(r.region()) + ")").toList());
            sink.report(covered ? Severity.INFO : Severity.WARNING, names + (routers.size() == 2 ? " are both in AS " : " are all in AS ") + asn + ": each drops routes whose AS path "
                            + "already holds " + asn + " (eBGP loop prevention), so no region learns the other regions' service prefixes "
                            + "through the providers" + (covered ? "; they still reach them through the default route the providers send"
                            : ", and traffic between regions has no route"),
                    routers.stream().map(Router::id).toList(),
                    covered ? null : "send a default route from the providers, use allowas-in on the provider sessions, or give each region its own AS");
        });
    }

    private static boolean hasEbgp(Context ctx, Router r) {
        return ctx.sessions().ofElement(r.id()).stream().anyMatch(s -> s.ebgp() && !other(s, r).isSpeaker());
    }

    private static boolean allowsOwnAs(Context ctx, Router r) {
        List<Session> provider = ctx.sessions().ofElement(r.id()).stream().filter(s -> s.ebgp() && !other(s, r).isSpeaker()).toList();
        return !provider.isEmpty() && provider.stream().allMatch(s -> mine(s, r).config().allowasIn() != null);
    }

    /** A provider sends default-originate and the gateway's inbound prefix-list (if any) lets 0.0.0.0/0 in. */
    private static boolean receivesDefault(Context ctx, Router r) {
        if (r.staticRoutes().stream().anyMatch(sr -> sr.prefix() != null && sr.prefix().length() == 0)) {
            return true;
        }
        for (Session s : ctx.sessions().ofElement(r.id())) {
            if (!s.ebgp() || other(s, r).isSpeaker()) {
                continue;
            }
            SessionEnd me = mine(s, r);
            SessionEnd them = s.other(me);
            if (!Boolean.TRUE.equals(them.config().defaultOriginate())) {
                continue;
            }
            String in = me.config().prefixListIn();
            PrefixList pl = in == null ? null : r.prefixList(in).orElse(null);
            if (in == null || pl != null && PrefixFilter.evaluate(pl, DEFAULT) == Action.PERMIT) {
                return true;
            }
        }
        return false;
    }

    private static SessionEnd mine(Session s, Router r) {
        return Objects.equals(s.a().element(), r.id()) && !s.a().isSpeaker() ? s.a() : s.b();
    }

    private static SessionEnd other(Session s, Router r) {
        return s.other(mine(s, r));
    }

}
