package io.peerplan.model.validate.asn;

import io.peerplan.model.Asn;
import io.peerplan.model.BgpPeer;
import io.peerplan.model.Cluster;
import io.peerplan.model.CommunityList;
import io.peerplan.model.Peering;
import io.peerplan.model.RouteMap;
import io.peerplan.model.Router;
import io.peerplan.model.RouterRole;
import io.peerplan.model.Vantage;
import io.peerplan.model.validate.RuleFamily;
import io.peerplan.model.validate.RuleInfo;
import io.peerplan.model.validate.core.BgpCommunity;
import io.peerplan.model.validate.core.Context;
import io.peerplan.model.validate.core.Rule;
import io.peerplan.model.session.Session;
import io.peerplan.model.session.SessionEnd;
import io.peerplan.model.validate.core.Sink;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** AS numbers: reserved values, private ASNs toward public providers, four-octet pitfalls, prepends. */
public final class AsnRules {
    public static final RuleInfo RESERVED = RuleInfo.error("ASN-RESERVED", RuleFamily.ASN,
            "An AS number is reserved: 0, 23456 (AS_TRANS), 65535 or 4294967295",
            "RFC 7607 (AS 0), RFC 6793 §9 (AS_TRANS 23456), RFC 7300 (65535, 4294967295); IANA AS number registry");
    public static final RuleInfo PRIVATE_TO_PUBLIC = RuleInfo.warning("ASN-PRIVATE-TO-PUBLIC", RuleFamily.ASN,
            "A private AS number reaches a provider with a public AS (in the session or in the AS path)",
            "RFC 6996 §4 (private ASNs must be removed before announcing to the Internet); FRR \"neighbor PEER remove-private-AS\"");
    public static final RuleInfo FOUR_BYTE_IN_COMMUNITY = RuleInfo.error("ASN-FOUR-BYTE-IN-COMMUNITY", RuleFamily.ASN,
            "A router's standard community puts a four-octet AS number in its 16-bit AS part",
            "RFC 1997 (standard communities carry a 2-octet AS), RFC 8092 (large communities exist for 4-octet ASNs); FRR, Quagga and "
                    + "RouterOS all speak RFC 6793 four-octet ASNs in sessions, so this is where a 4-byte AS still does not fit");
    public static final RuleInfo PREPEND_FOREIGN = RuleInfo.warning("ASN-PREPEND-FOREIGN", RuleFamily.ASN,
            "A route-map prepends an AS that is not the router's own",
            "RFC 4271 §9.1.2 (the owner of that AS drops the route as a loop); RIPE-580 / common practice: prepend only your own AS");
    public static final RuleInfo SAME_AS_ACROSS_REGIONS = RuleInfo.warning("ASN-SAME-AS-ACROSS-REGIONS", RuleFamily.ASN,
            "Gateways in different regions share one AS, so they never learn each other's prefixes through the providers "
                    + "(info when a default route from the provider covers it)",
            "RFC 4271 §9.1.2 AS-path loop prevention (reference.md §2); FRR \"neighbor PEER allowas-in\"");

    private static final Set<Long> RESERVED_VALUES = Set.of(0L, 23456L, 65535L, Asn.MAX);

    private AsnRules() {
    }

    public static List<Rule> rules() {
        return List.of(Rule.of(RESERVED, AsnRules::reserved), Rule.of(PRIVATE_TO_PUBLIC, AsnRules::privateToPublic),
                Rule.of(FOUR_BYTE_IN_COMMUNITY, AsnRules::fourByteInCommunity), Rule.of(PREPEND_FOREIGN, AsnRules::prependForeign),
                Rule.of(SAME_AS_ACROSS_REGIONS, SameAsAcrossRegions::check));
    }

    static void reserved(Context ctx, Sink sink) {
        for (Router r : ctx.topology().routers()) {
            check(sink, r.asn() == null ? null : r.asn().value(), r.displayName() + "'s AS", List.of(r.id()));
        }
        for (Vantage v : ctx.topology().vantages()) {
            check(sink, v.asn() == null ? null : v.asn().value(), v.displayName() + "'s AS", List.of(v.id()));
        }
        for (Cluster c : ctx.topology().clusters()) {
            for (BgpPeer p : c.metallb().peers()) {
                String who = "BGPPeer " + p.name() + " of cluster " + c.displayName();
                // 0 means "not set" in MetalLB's uint32 fields; the METALLB rules report a missing ASN.
                if (p.myASN() != null && p.myASN() != 0) {
                    check(sink, p.myASN(), who + " myASN", List.of(c.id()));
                }
                if (p.peerASN() != null && p.peerASN() != 0) {
                    check(sink, p.peerASN(), who + " peerASN", List.of(c.id()));
                }
                if (p.localASN() != null && p.localASN() != 0) {
                    check(sink, p.localASN(), who + " localASN", List.of(c.id()));
                }
            }
        }
        for (Peering p : ctx.topology().peerings()) {
            for (Peering.End e : List.of(p.a(), p.b())) {
                if (e.isCluster()) {
                    continue;
                }
                String who = ctx.name(e.element()) + "'s end of peering " + p.id();
                try {
                    if (e.config().remoteAs() != null && !e.config().remoteAs().equals("internal") && !e.config().remoteAs().equals("external")) {
                        check(sink, Long.parseLong(e.config().remoteAs().trim()), who + " remote-as", List.of(e.element(), p.id()));
                    }
                } catch (NumberFormatException ignored) {
                    // Not a number: the session rules report a remote-as that is no AS.
                }
                if (e.config().localAs() != null) {
                    check(sink, e.config().localAs(), who + " local-as", List.of(e.element(), p.id()));
                }
            }
        }
    }

    private static void check(Sink sink, Long asn, String what, List<String> ids) {
        if (asn == null || !RESERVED_VALUES.contains(asn)) {
            return;
        }
        String why = switch (asn.intValue()) {
            case 0 -> "AS 0 is reserved and must not be used in a session (RFC 7607)";
            case 23456 -> "AS 23456 is AS_TRANS, the placeholder 2-octet speakers see for 4-octet ASNs (RFC 6793)";
            default -> "AS " + asn + " is reserved (RFC 7300) and must not be used";
        };
        sink.report(what + " is " + asn + ": " + why, ids, "use an AS assigned to you, or a private one (64512..65534, 4200000000..4294967294)");
    }

    static void privateToPublic(Context ctx, Sink sink) {
        Set<String> done = new HashSet<>();
        for (Session s : ctx.sessions().sessions()) {
            if (!s.ebgp()) {
                continue;
            }
            for (SessionEnd provider : s.ends()) {
                SessionEnd self = s.other(provider);
                Router pr = provider.router();
                if (pr == null || pr.role() != RouterRole.PROVIDER || isPrivate(provider.presentedAs())) {
                    continue;
                }
                if (isPrivate(self.presentedAs()) && done.add(s.peering().id())) {
                    sink.report(self.label() + " uses private AS " + self.presentedAs() + " toward provider " + provider.label() + " (AS "
                                    + provider.presentedAs() + "): providers filter or strip private ASNs [peering " + s.peering().id() + "]",
                            s.ids(), "use a public AS toward the provider, or agree on the private AS with the provider as seed 000 does");
                } else if (self.router() != null && done.add(s.peering().id())) {
                    Set<Long> leaked = privateAsBehind(ctx, self);
                    if (!leaked.isEmpty()) {
                        sink.report(self.label() + " passes routes whose AS path holds private AS " + leaked + " (from eBGP speakers) to provider "
                                        + provider.label() + " (AS " + provider.presentedAs() + ") [peering " + s.peering().id() + "]",
                                s.ids(), "add 'neighbor " + s.remoteAddressOf(self) + " remove-private-AS' on " + self.label());
                    }
                }
            }
        }
    }

    /** Private ASNs of eBGP speakers behind {@code router} (they end up in the AS path it announces). */
    private static Set<Long> privateAsBehind(Context ctx, SessionEnd router) {
        Set<Long> out = new LinkedHashSet<>();
        for (Session s : ctx.sessions().sessions()) {
            if (!s.ebgp() || !s.establishes()) {
                continue;
            }
            SessionEnd me = s.a().element().equals(router.element()) && !s.a().isSpeaker() ? s.a()
                    : s.b().element().equals(router.element()) && !s.b().isSpeaker() ? s.b() : null;
            if (me != null && s.other(me).isSpeaker() && isPrivate(s.other(me).presentedAs())) {
                out.add(s.other(me).presentedAs());
            }
        }
        return out;
    }

    /** RFC 6996 private use, for any long (a BGPPeer may hold a value out of the 32-bit range). */
    static boolean isPrivate(long asn) {
        return asn >= 0 && asn <= Asn.MAX && new Asn(asn).isPrivate();
    }

    static void fourByteInCommunity(Context ctx, Sink sink) {
        for (Router r : ctx.topology().routers()) {
            List<String> bad = new ArrayList<>();
            for (RouteMap m : r.routeMaps()) {
                for (RouteMap.Entry e : m.entries()) {
                    for (String c : e.set().communities()) {
                        if (tooWide(c)) {
                            bad.add("route-map " + m.name() + " seq " + e.seq() + " sets community " + c);
                        }
                    }
                }
            }
            for (CommunityList l : r.communityLists()) {
                for (CommunityList.Entry e : l.entries()) {
                    if (tooWide(e.community())) {
                        bad.add("community-list " + l.name() + " seq " + e.seq() + " matches " + e.community());
                    }
                }
            }
            for (String b : bad) {
                sink.report(r.displayName() + ": " + b + ", whose AS part does not fit the 16 bits of a standard community"
                                + (r.asn() != null && r.asn().isFourByte() ? " (" + r.displayName() + "'s own AS " + r.asn() + " is four-octet)" : ""),
                        List.of(r.id()), "use a large community (RFC 8092), e.g. " + r.asn() + ":0:100");
            }
        }
    }

    private static boolean tooWide(String community) {
        if (community == null) {
            return false;
        }
        String[] parts = community.split(":", -1);
        if (parts.length != 2 || parts[0].isEmpty() || !parts[0].chars().allMatch(Character::isDigit) || parts[0].length() > 10) {
            return false;
        }
        long first = Long.parseLong(parts[0]);
        return first > 65535 && first <= Asn.MAX && BgpCommunity.parse("0:" + parts[1]).kind() == BgpCommunity.Kind.STANDARD;
    }

    static void prependForeign(Context ctx, Sink sink) {
        for (Router r : ctx.topology().routers()) {
            Set<Long> own = new HashSet<>();
            if (r.asn() != null) {
                own.add(r.asn().value());
            }
            for (Peering p : ctx.index().peeringsOf(r.id())) {
                Peering.End e = p.endOf(r.id());
                if (e != null && e.config().localAs() != null) {
                    own.add(e.config().localAs());
                }
            }
            for (RouteMap m : r.routeMaps()) {
                for (RouteMap.Entry e : m.entries()) {
                    Set<Long> foreign = new LinkedHashSet<>();
                    e.set().asPathPrepend().stream().filter(a -> !own.contains(a)).forEach(foreign::add);
                    if (!foreign.isEmpty()) {
                        sink.report("route-map " + m.name() + " seq " + e.seq() + " on " + r.displayName() + " prepends AS " + foreign
                                        + ", not " + r.displayName() + "'s own AS " + r.asn() + ": the owner of that AS drops the route as a loop, "
                                        + "and the path misstates who carried it",
                                List.of(r.id()), "prepend " + r.asn() + " instead");
                    }
                }
            }
        }
    }
}
