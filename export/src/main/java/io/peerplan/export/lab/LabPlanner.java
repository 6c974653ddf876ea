package io.peerplan.export.lab;

import io.peerplan.export.ExportRefusedException;
import io.peerplan.export.frr.FrrConfigGenerator;
import io.peerplan.export.quagga.QuaggaConfig;
import io.peerplan.export.quagga.QuaggaConfigGenerator;
import io.peerplan.export.quagga.QuaggaPolicy;
import io.peerplan.model.Cluster;
import io.peerplan.model.Interface;
import io.peerplan.model.Ip;
import io.peerplan.model.IpPrefix;
import io.peerplan.model.Network;
import io.peerplan.model.Node;
import io.peerplan.model.Platform;
import io.peerplan.model.Router;
import io.peerplan.model.Topology;
import io.peerplan.model.TopologyIndex;
import io.peerplan.model.Vantage;
import io.peerplan.model.session.AddressBook;
import io.peerplan.model.session.Session;
import io.peerplan.model.session.Sessions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Turns a topology into a {@link LabPlan}: hosts with their interfaces and configs, switches and
 * the sessions to wait for. Refuses what the lab cannot or must not build, naming the element.
 */
public final class LabPlanner {
    /**
     * Lab-only lines put before every config. {@code bgp route-map delay-timer 1} must stand before
     * the route-maps: FRR otherwise holds route-map processing 5 s after a config load (frr-lab.md);
     * the timer never takes part in best-path selection.
     */
    static final String LAB_HEADER = "bgp route-map delay-timer 1\n";

    private final BiFunction<Topology, Router, String> routerConfigs;

    /** A planner rendering routers with the project's FRR exporter ({@code FrrConfigGenerator}). */
    public LabPlanner() {
        this(FrrConfigGenerator::generate);
    }

    /** A planner rendering routers with another function (tests of the lab machinery). */
    public LabPlanner(BiFunction<Topology, Router, String> routerConfigs) {
        this.routerConfigs = routerConfigs;
    }

    public LabPlan plan(Topology t, String labId, String source) {
        TopologyIndex index = new TopologyIndex(t);
        AddressGuard.checkTopology(t);
        LabNames names = new LabNames(labId);
        List<LabPlan.Host> hosts = new ArrayList<>();
        for (Router r : t.routers()) {
            String ns = names.host(r.id());
            if (r.platform() == Platform.QUAGGA) {
                QuaggaConfig q = quaggaConfig(index, r);
                hosts.add(new LabPlan.Host(r.id(), LabPlan.Role.ROUTER, ns, hostname(r.displayName()),
                        ports(r.id(), r.interfaces()), q.bgpdConf(), new LabPlan.Quagga(q.zebraConf())));
                continue;
            }
            hosts.add(new LabPlan.Host(r.id(), LabPlan.Role.ROUTER, ns, hostname(r.displayName()),
                    ports(r.id(), r.interfaces()), LAB_HEADER + PlatformEmulation.adapt(r, routerConfigs.apply(t, r))));
        }
        for (Vantage v : t.vantages()) {
            String ns = names.host(v.id());
            String hn = hostname(v.displayName());
            hosts.add(new LabPlan.Host(v.id(), LabPlan.Role.VANTAGE, ns, hn, ports(v.id(), v.interfaces()),
                    LAB_HEADER + VantageConfig.render(t, v, hn)));
        }
        for (Cluster c : t.clusters()) {
            for (Node n : c.nodes()) {
                Optional<MetalLbSpeaker> speaker = MetalLbSpeaker.of(c, n);
                if (speaker.isEmpty()) {
                    continue;
                }
                String hn = hostname(n.name());
                IpPrefix address = nodeAddress(index, c, n);
                hosts.add(new LabPlan.Host(n.id(), LabPlan.Role.SPEAKER, names.host(n.id()), hn,
                        List.of(new LabPlan.Port("eth0", address, networkOf(index, n, address))),
                        LAB_HEADER + SpeakerConfig.render(speaker.get(), hn)));
            }
        }
        AddressGuard.check(hosts);
        List<LabPlan.Switch> switches = switches(t, hosts, names);
        return new LabPlan(labId, t.name(), source, hosts, switches, sessions(t, index, hosts));
    }

    /**
     * A Quagga router runs the project's Quagga export on real Quagga; what that export would
     * refuse (Quagga lacks it) the lab refuses too, naming it, rather than rehearse something else.
     */
    private static QuaggaConfig quaggaConfig(TopologyIndex index, Router r) {
        try {
            return QuaggaConfigGenerator.generate(index, r, QuaggaPolicy.REFUSE, List.of());
        } catch (ExportRefusedException e) {
            throw new LabException(r.id() + " runs Quagga, which cannot do what it is designed with:\n  - "
                    + String.join("\n  - ", e.reasons()));
        }
    }

    private static List<LabPlan.Port> ports(String owner, List<Interface> interfaces) {
        List<LabPlan.Port> out = new ArrayList<>();
        for (Interface i : interfaces) {
            if (i.name() == null || i.name().isEmpty() || i.name().length() > 15 || !i.name().matches("[A-Za-z0-9_.-]+")) {
                throw new LabException(owner + ": interface name '" + i.name()
                        + "' is not a valid Linux interface name (1-15 of A-Z a-z 0-9 _ . -)");
            }
            if (i.address() == null || !i.address().isIpv4()) {
                continue;
            }
            out.add(new LabPlan.Port(i.name(), i.address(), i.network()));
        }
        return out;
    }

    /** The node's address with its network's prefix length. */
    private static IpPrefix nodeAddress(TopologyIndex index, Cluster c, Node n) {
        Optional<Network> net = n.network() == null ? Optional.empty() : index.network(n.network());
        if (net.isEmpty()) {
            net = index.topology().networks().stream().filter(x -> x.cidr().contains(n.address())).findFirst();
        }
        int len = net.map(x -> x.cidr().length()).orElseThrow(() -> new LabException("node " + n.id()
                + " of cluster " + c.id() + ": address " + n.address() + " lies in no network of the topology"));
        return IpPrefix.parse(n.address() + "/" + len);
    }

    private static String networkOf(TopologyIndex index, Node n, IpPrefix address) {
        if (n.network() != null && index.network(n.network()).isPresent()) {
            return n.network();
        }
        return index.topology().networks().stream().filter(x -> x.cidr().contains(address.ip())).findFirst()
                .map(Network::id).orElse(null);
    }

    private static List<LabPlan.Switch> switches(Topology t, List<LabPlan.Host> hosts, LabNames names) {
        Map<String, Integer> members = new HashMap<>();
        for (LabPlan.Host h : hosts) {
            for (LabPlan.Port p : h.ports()) {
                if (p.networkId() != null) {
                    members.merge(p.networkId(), 1, Integer::sum);
                }
            }
        }
        List<LabPlan.Switch> out = new ArrayList<>();
        for (Network n : t.networks()) {
            if (members.containsKey(n.id())) {
                out.add(new LabPlan.Switch(n.id(), names.switchFor(n.id()), n.cidr()));
            }
        }
        for (String id : members.keySet()) {
            if (t.networks().stream().noneMatch(n -> n.id().equals(id))) {
                throw new LabException("an interface names network '" + id + "', which the topology does not define");
            }
        }
        return out;
    }

    /**
     * The sessions of the one session model ({@link Sessions}) whose two ends are hosts of the lab, as
     * each end addresses the other: a speaker first, else in the peering's order. Convergence waits for
     * these; a peering the model cannot pair is still configured, but no session is awaited for it,
     * as validate and simulate count none.
     */
    static List<LabPlan.Session> sessions(Topology t, TopologyIndex index, List<LabPlan.Host> hosts) {
        Set<String> inLab = new HashSet<>();
        hosts.forEach(h -> inLab.add(h.elementId()));
        List<LabPlan.Session> out = new ArrayList<>();
        for (Session s : new Sessions(t, index, new AddressBook(t)).sessions()) {
            Ip aSees = s.remoteAddressOf(s.a());
            Ip bSees = s.remoteAddressOf(s.b());
            if (inLab.contains(s.a().vertex()) && inLab.contains(s.b().vertex()) && aSees != null && bSees != null) {
                out.add(new LabPlan.Session(s.a().vertex(), aSees, s.b().vertex(), bSees, s.peering().id()));
            }
        }
        return out;
    }

    /** A UTS hostname: what peers see in {@code show bgp} (at most 63 characters, [a-z0-9-]). */
    private static String hostname(String name) {
        String h = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
        return h.length() > 63 ? h.substring(0, 63) : h;
    }
}
