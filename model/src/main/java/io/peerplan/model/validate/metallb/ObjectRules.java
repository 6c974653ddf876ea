package io.peerplan.model.validate.metallb;

import static io.peerplan.model.validate.metallb.Where.q;

import io.peerplan.model.AddressPool;
import io.peerplan.model.BgpAdvertisement;
import io.peerplan.model.BgpPeer;
import io.peerplan.model.Cluster;
import io.peerplan.model.LabelSelector;
import io.peerplan.model.validate.RuleFamily;
import io.peerplan.model.validate.RuleInfo;
import io.peerplan.model.validate.Severity;
import io.peerplan.model.validate.core.Context;
import io.peerplan.model.validate.core.Rule;
import io.peerplan.model.validate.core.Sink;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Rules about the MetalLB objects themselves: names, namespace and repeated list entries. */
public final class ObjectRules {
    /** Kubernetes object names: RFC 1123 subdomains (apimachinery validation.IsDNS1123Subdomain). */
    private static final Pattern SUBDOMAIN = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
    /** Namespaces: RFC 1123 labels (validation.IsDNS1123Label). */
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");

    public static final RuleInfo NAME = RuleInfo.error("METALLB-NAME", RuleFamily.METALLB,
            "A MetalLB object has no name or a name Kubernetes refuses",
            "Kubernetes apimachinery IsDNS1123Subdomain (metadata.name); MetalLB config.go \"missing pool name\", \"missing bfd profile name\"");
    public static final RuleInfo NAMESPACE = RuleInfo.error("METALLB-NAMESPACE", RuleFamily.METALLB,
            "The MetalLB namespace is not a valid namespace name (error), or is not metallb-system (info)",
            "MetalLB webhooks: \"resource must be created in <MetalLB namespace> namespace\"; Kubernetes IsDNS1123Label");
    public static final RuleInfo DUPLICATE_ENTRY = RuleInfo.error("METALLB-DUPLICATE-ENTRY", RuleFamily.METALLB,
            "A list in a MetalLB object repeats an entry (pools, peers, communities, selectors, namespaces)",
            "MetalLB internal/config/config.go validateDuplicate / validateLabelSelectorDuplicate: \"duplicate definition of\"");

    private ObjectRules() {
    }

    public static List<Rule> rules() {
        return List.of(Rule.of(NAME, ObjectRules::name), Rule.of(NAMESPACE, ObjectRules::namespace),
                Rule.of(DUPLICATE_ENTRY, ObjectRules::duplicateEntry));
    }

    static void name(Context ctx, Sink sink) {
        for (Cluster c : ctx.topology().clusters()) {
            c.metallb().pools().forEach(p -> checkName(sink, c, "IPAddressPool", p.name()));
            c.metallb().peers().forEach(p -> checkName(sink, c, "BGPPeer", p.name()));
            c.metallb().advertisements().forEach(a -> checkName(sink, c, "BGPAdvertisement", a.name()));
            c.metallb().bfdProfiles().forEach(b -> checkName(sink, c, "BFDProfile", b.name()));
            c.metallb().communities().forEach(co -> checkName(sink, c, "Community", co.name()));
        }
    }

    private static void checkName(Sink sink, Cluster c, String kind, String name) {
        if (name == null || name.isEmpty()) {
            sink.report(Where.of(c, kind, name) + ": missing " + kind + " name", Where.ids(c), "give it a name");
        } else if (name.length() > 253 || !SUBDOMAIN.matcher(name).matches()) {
            sink.report(Where.of(c, kind, name) + ": metadata.name: Invalid value: " + q(name) + ": a lowercase RFC 1123 subdomain must "
                    + "consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character",
                    Where.ids(c), "use lower-case letters, digits, '-' and '.'");
        }
    }

    static void namespace(Context ctx, Sink sink) {
        for (Cluster c : ctx.topology().clusters()) {
            // Cilium's BGP and LB-IPAM objects are cluster-scoped: no namespace to judge.
            if (c.metallb().isEmpty() || c.effectiveSpeaker() == io.peerplan.model.Speaker.CILIUM) {
                continue;
            }
            String ns = c.effectiveNamespace();
            if (ns.length() > 63 || !LABEL.matcher(ns).matches()) {
                sink.report("cluster " + c.displayName() + ": namespace " + q(ns) + " is not a valid Kubernetes namespace name",
                        Where.ids(c), "use lower-case letters, digits and '-', e.g. metallb-system");
            } else if (!ns.equals(Cluster.DEFAULT_NAMESPACE) && c.effectiveSpeaker() == io.peerplan.model.Speaker.METALLB) {
                sink.report(Severity.INFO, "cluster " + c.displayName() + ": the MetalLB objects go to namespace " + ns
                                + ", not metallb-system: MetalLB must be installed in " + ns + ", or its webhook answers "
                                + "\"resource must be created in metallb-system namespace\"",
                        Where.ids(c), null);
            }
        }
    }

    static void duplicateEntry(Context ctx, Sink sink) {
        for (Cluster c : ctx.topology().clusters()) {
            for (BgpAdvertisement a : c.metallb().advertisements()) {
                String where = Where.of(c, "BGPAdvertisement", a.name()) + ": ";
                dupes(sink, c, where, "ipAddressPools", a.ipAddressPools());
                dupes(sink, c, where, "community", a.communities());
                dupes(sink, c, where, "peers", a.peers());
                selectorDupes(sink, c, where, "ipAddressPoolSelectors", a.ipAddressPoolSelectors());
                selectorDupes(sink, c, where, "nodeSelectors", a.nodeSelectors());
                selectorDupes(sink, c, where, "serviceSelectors", a.serviceSelectors());
            }
            for (var a : c.metallb().l2Advertisements()) {
                // MetalLB config.go l2AdvertisementFromCR.
                String where = Where.of(c, "L2Advertisement", a.name()) + ": ";
                dupes(sink, c, where, "ipAddressPools", a.ipAddressPools());
                selectorDupes(sink, c, where, "ipAddressPoolSelectors", a.ipAddressPoolSelectors());
                selectorDupes(sink, c, where, "nodeSelectors", a.nodeSelectors());
            }
            for (BgpPeer p : c.metallb().peers()) {
                selectorDupes(sink, c, Where.of(c, "BGPPeer", p.name()) + ": ", "nodeSelectors", p.nodeSelectors());
            }
            for (AddressPool p : c.metallb().pools()) {
                if (p.serviceAllocation() == null) {
                    continue;
                }
                String where = Where.of(c, "IPAddressPool", p.name()) + ": ";
                List<String> ns = p.serviceAllocation().namespaces();
                if (ns.stream().distinct().count() != ns.size()) {
                    sink.report(where + "duplicate definition in namespaces field", Where.ids(c), "list each namespace once");
                }
                selectorDupes(sink, c, where, "namespaceSelectors", p.serviceAllocation().namespaceSelectors());
                selectorDupes(sink, c, where, "serviceSelectors", p.serviceAllocation().serviceSelectors());
            }
        }
    }

    private static void dupes(Sink sink, Cluster c, String where, String what, List<String> values) {
        List<String> seen = new ArrayList<>();
        for (String v : values) {
            if (seen.contains(v)) {
                sink.report(where + "duplicate definition of " + what + " " + q(v), Where.ids(c), "list " + v + " once");
                return;
            }
            seen.add(v);
        }
    }

    /** Selectors compare by their canonical form; match expression values are sorted first, as MetalLB does. */
    private static void selectorDupes(Sink sink, Cluster c, String where, String what, List<LabelSelector> selectors) {
        List<String> seen = new ArrayList<>();
        for (LabelSelector s : selectors) {
            List<String> exprs = new ArrayList<>();
            for (LabelSelector.Requirement r : s.matchExpressions()) {
                if (r.values().stream().distinct().count() != r.values().size()) {
                    sink.report(where + "duplicate definition of match expression value in label selector " + q(r.values()), Where.ids(c),
                            "list each value once");
                    return;
                }
                String e = r.key() + " " + r.operator() + " " + r.values().stream().sorted().toList();
                if (exprs.contains(e)) {
                    sink.report(where + "duplicate definition of match expressions " + q(e), Where.ids(c), "list each expression once");
                    return;
                }
                exprs.add(e);
            }
            String key = s.matchLabels() + " " + exprs;
            if (seen.contains(key)) {
                sink.report(where + "duplicate definition of " + what + " " + q(key), Where.ids(c), "list each selector once");
                return;
            }
            seen.add(key);
        }
    }
}
