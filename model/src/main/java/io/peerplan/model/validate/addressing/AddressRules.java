package io.peerplan.model.validate.addressing;

import inet.ipaddr.IPAddress;
import io.peerplan.model.Cluster;
import io.peerplan.model.Interface;
import io.peerplan.model.IpPrefix;

import io.peerplan.model.Network;
import io.peerplan.model.Node;
import io.peerplan.model.Router;
import io.peerplan.model.Vantage;
import io.peerplan.model.validate.RuleFamily;
import io.peerplan.model.validate.RuleInfo;
import io.peerplan.model.session.AddressBook;
import io.peerplan.model.validate.core.Context;
import io.peerplan.model.validate.core.Rule;
import io.peerplan.model.session.Session;
import io.peerplan.model.session.SessionEnd;
import io.peerplan.model.validate.core.Sink;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/** Interface, node and network addressing, and BGP router IDs. */
public final class AddressRules {
    public static final RuleInfo DUPLICATE_IP = RuleInfo.error("ADDR-DUPLICATE-IP", RuleFamily.ADDRESSING,
            "Two interfaces or nodes have the same address", "RFC 5227 (address conflicts); every BGP neighbor address must be unique");
    public static final RuleInfo OUTSIDE_NETWORK = RuleInfo.error("ADDR-OUTSIDE-NETWORK", RuleFamily.ADDRESSING,
            "An interface or node address lies outside the network it is attached to",
            "An address belongs to its subnet (RFC 4632 prefix semantics); the host would not be on that link");
    public static final RuleInfo NETWORK_OVERLAP = RuleInfo.error("ADDR-NETWORK-OVERLAP", RuleFamily.ADDRESSING,
            "Two networks of one region (one routing domain), or two subnets of one router, overlap",
            "Overlapping connected routes make forwarding ambiguous (RFC 4632 longest match picks one link)");
    public static final RuleInfo ROUTER_ID_DUPLICATE = RuleInfo.error("ADDR-ROUTER-ID-DUPLICATE", RuleFamily.ADDRESSING,
            "Two BGP speakers of one AS share a router ID",
            "RFC 4271 §6.2 (OPEN with the local BGP Identifier is refused: \"Bad BGP Identifier\", FRR bgp_open_receive for iBGP); RFC 6286 §2.1 (unique within an AS)");

    private AddressRules() {
    }

    public static List<Rule> rules() {
        return List.of(Rule.of(DUPLICATE_IP, AddressRules::duplicateIp), Rule.of(OUTSIDE_NETWORK, AddressRules::outsideNetwork),
                Rule.of(NETWORK_OVERLAP, AddressRules::networkOverlap), Rule.of(ROUTER_ID_DUPLICATE, AddressRules::routerIdDuplicate));
    }

    static void duplicateIp(Context ctx, Sink sink) {
        ctx.addresses().shared().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            List<AddressBook.Holder> holders = e.getValue();
            sink.report(e.getKey() + " is used by " + String.join(" and ", holders.stream().map(AddressBook.Holder::what).toList()),
                    holders.stream().map(AddressBook.Holder::element).toList(), "give each interface and node its own address");
        });
    }

    static void outsideNetwork(Context ctx, Sink sink) {
        for (Router r : ctx.topology().routers()) {
            interfaces(ctx, sink, r.id(), r.displayName(), r.interfaces());
        }
        for (Vantage v : ctx.topology().vantages()) {
            interfaces(ctx, sink, v.id(), v.displayName(), v.interfaces());
        }
        for (Cluster c : ctx.topology().clusters()) {
            for (Node n : c.nodes()) {
                Network net = n.network() == null ? null : ctx.index().network(n.network()).orElse(null);
                if (net != null && net.cidr() != null && n.address() != null && !net.cidr().contains(n.address())) {
                    sink.report("node " + n.name() + " (" + n.address() + ") of cluster " + c.displayName() + " is attached to network "
                            + label(net) + " (" + net.cidr() + ") but its address lies outside it", List.of(n.id(), net.id(), c.id()),
                            "fix the node address or attach it to the right network");
                }
            }
        }
    }

    private static void interfaces(Context ctx, Sink sink, String id, String name, List<Interface> interfaces) {
        for (Interface i : interfaces) {
            Network net = i.network() == null ? null : ctx.index().network(i.network()).orElse(null);
            if (net != null && net.cidr() != null && i.address() != null && !net.cidr().contains(i.address().ip())) {
                sink.report("interface " + i.name() + " of " + name + " (" + i.address() + ") is attached to network " + label(net) + " ("
                        + net.cidr() + ") but its address lies outside it", List.of(id, net.id()), "fix the address or the network");
            } else if (net != null && net.cidr() != null && i.address() != null && i.address().length() != net.cidr().length()) {
                sink.report("interface " + i.name() + " of " + name + " has " + i.address() + " but network " + label(net) + " is "
                        + net.cidr() + ": the prefix lengths differ, so the router sees a different subnet", List.of(id, net.id()),
                        "use /" + net.cidr().length() + " on the interface");
            }
        }
    }

    static void networkOverlap(Context ctx, Sink sink) {
        Map<String, List<Network>> byRegion = new LinkedHashMap<>();
        for (Network n : ctx.topology().networks()) {
            if (n.cidr() != null) {
                byRegion.computeIfAbsent(Objects.requireNonNullElse(n.region(), ""), k -> new ArrayList<>()).add(n);
            }
        }
        for (List<Network> nets : byRegion.values()) {
            for (Overlaps.Clash<Network> c : Overlaps.find(nets, Network::cidr)) {
                Network some = c.first().getFirst();
                String where = some.region() == null ? "" : " in region " + ctx.name(some.region());
                sink.report("networks " + clash(c, AddressRules::label, Network::cidr) + " overlap" + where, ids(c, Network::id),
                        "give each network its own address range");
            }
        }
        for (Router r : ctx.topology().routers()) {
            List<Interface> ifs = r.interfaces().stream().filter(i -> i.address() != null).toList();
            for (Overlaps.Clash<Interface> c : Overlaps.find(ifs, Interface::address)) {
                // interfaces on one network may repeat its subnet (FRR connected routes of one link)
                if (!oneNetwork(c)) {
                    sink.report(r.displayName() + " has overlapping subnets on " + clash(c, Interface::name, Interface::address), List.of(r.id()), "give each interface its own subnet");
                }
            }
        }
    }

    /** "b (10.0.0.0/24) and a (10.0.0.0/25)", or a whole group of copies in one line. */
    private static <T> String clash(Overlaps.Clash<T> c, Function<T, String> name, Function<T, IpPrefix> prefix) {
        if (c.second().isEmpty() && c.first().size() > 2) {
            return Overlaps.names(c.first().stream().map(name).toList()) + " (each " + prefix.apply(c.first().getFirst()).network() + ")";
        }
        List<T> a = c.second().isEmpty() ? c.first().subList(0, 1) : c.first();
        List<T> b = c.second().isEmpty() ? c.first().subList(1, 2) : c.second();
        return part(a, name, prefix) + " and " + part(b, name, prefix);
    }

    private static <T> String part(List<T> group, Function<T, String> name, Function<T, IpPrefix> prefix) {
        return Overlaps.names(group.stream().map(name).toList()) + " ("
                + (group.size() == 1 ? prefix.apply(group.getFirst()) : prefix.apply(group.getFirst()).network()) + ")";
    }

    /** The later items first, as the most specific elements of a finding. */
    private static <T> List<String> ids(Overlaps.Clash<T> c, Function<T, String> id) {
        List<String> out = new ArrayList<>(c.second().stream().map(id).toList());
        out.addAll(c.first().stream().map(id).toList());
        if (c.second().isEmpty()) {
            Collections.reverse(out);
        }
        return out;
    }

    private static boolean oneNetwork(Overlaps.Clash<Interface> c) {
        Set<String> nets = new HashSet<>();
        for (Interface i : concat(c.first(), c.second())) {
            if (i.network() == null) {
                return false;
            }
            nets.add(i.network());
        }
        return nets.size() == 1;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** Routers and vantages of one AS sharing a router ID, and speakers whose ID equals their iBGP router's. */
    static void routerIdDuplicate(Context ctx, Sink sink) {
        Map<String, List<String>> byAsAndId = new LinkedHashMap<>();
        for (Router r : ctx.topology().routers()) {
            if (r.routerId() != null && r.asn() != null) {
                byAsAndId.computeIfAbsent(r.asn() + " " + r.routerId(), k -> new ArrayList<>()).add(r.id());
            }
        }
        for (Vantage v : ctx.topology().vantages()) {
            if (v.routerId() != null && v.asn() != null) {
                byAsAndId.computeIfAbsent(v.asn() + " " + v.routerId(), k -> new ArrayList<>()).add(v.id());
            }
        }
        byAsAndId.forEach((key, ids) -> {
            if (ids.size() > 1) {
                String[] k = key.split(" ");
                sink.report(String.join(" and ", ids.stream().map(ctx::name).toList()) + " are both in AS " + k[0] + " with router ID " + k[1]
                        + ": iBGP refuses the OPEN (Bad BGP Identifier) and loop detection by ORIGINATOR_ID breaks", ids,
                        "give each router its own router ID (usually a loopback or interface address)");
            }
        });
        Set<String> reported = new HashSet<>();
        for (Session s : ctx.sessions().sessions()) {
            if (s.ebgp()) {
                continue;
            }
            SessionEnd speaker = s.a().isSpeaker() ? s.a() : s.b().isSpeaker() ? s.b() : null;
            SessionEnd other = speaker == null ? null : s.other(speaker);
            if (speaker == null || other.router() == null || other.router().routerId() == null) {
                continue;
            }
            String id = speaker.bgpPeer().routerID() != null ? speaker.bgpPeer().routerID() : String.valueOf(speaker.node().address());
            if (id.equals(other.router().routerId().toString()) && reported.add(speaker.vertex() + other.element())) {
                sink.report(speaker.label() + " uses router ID " + id + ", the same as its iBGP neighbor " + other.label()
                        + ", which refuses the OPEN (Bad BGP Identifier)", s.ids(), "set a different routerID on the BGPPeer");
            }
        }
    }

    static String label(Network n) {
        return n.name() != null ? n.name() : n.id();
    }

    /** Every held address sorted, for range lookups. */
    static List<Map.Entry<IPAddress, AddressBook.Holder>> sortedHolders(Context ctx) {
        List<Map.Entry<IPAddress, AddressBook.Holder>> out = new ArrayList<>();
        for (Router r : ctx.topology().routers()) {
            for (Interface i : r.interfaces()) {
                if (i.address() != null) {
                    out.add(Map.entry(i.address().ip().address(), new AddressBook.Holder(r.id(), "interface " + i.name() + " of " + r.displayName())));
                }
            }
        }
        for (Vantage v : ctx.topology().vantages()) {
            for (Interface i : v.interfaces()) {
                if (i.address() != null) {
                    out.add(Map.entry(i.address().ip().address(), new AddressBook.Holder(v.id(), "interface " + i.name() + " of " + v.displayName())));
                }
            }
        }
        for (Cluster c : ctx.topology().clusters()) {
            for (Node n : c.nodes()) {
                if (n.address() != null) {
                    out.add(Map.entry(n.address().address(), new AddressBook.Holder(n.id(), "node " + n.name())));
                }
            }
        }
        out.sort(Comparator.comparing(Map.Entry::getKey));
        return out;
    }

}
