package io.peerplan.model.validate;

import io.peerplan.model.Topology;
import io.peerplan.model.validate.core.Context;
import io.peerplan.model.validate.core.Rule;
import io.peerplan.model.validate.core.Sink;
import io.peerplan.model.validate.addressing.AddressRules;
import io.peerplan.model.validate.addressing.PoolPlacementRules;
import io.peerplan.model.validate.addressing.ServiceRules;
import io.peerplan.model.validate.asn.AsnRules;
import io.peerplan.model.validate.cilium.CiliumRules;
import io.peerplan.model.validate.frrk8s.FrrK8sRules;
import io.peerplan.model.validate.frrk8s.ReceiveRules;
import io.peerplan.model.validate.graph.GraphRules;
import io.peerplan.model.validate.input.InputRules;
import io.peerplan.model.validate.metallb.MetalLbRules;
import io.peerplan.model.validate.policy.PlatformRules;
import io.peerplan.model.validate.policy.ReferenceRules;
import io.peerplan.model.validate.policy.RoutingPolicyRules;
import io.peerplan.model.validate.policy.ServiceExportRules;
import io.peerplan.model.validate.session.CompatibilityRules;
import io.peerplan.model.validate.session.MatchRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a topology the way the real systems would, offline: MetalLB's admission webhook, both ends
 * of every BGP session, addressing, AS numbers, FRR/Quagga/RouterOS pitfalls and single points of
 * failure in the session graph. A pure function of the topology, safe to call from any thread.
 *
 * <p>Cost: linear in the topology apart from per-cluster pool and advertisement pairs and one BFS per
 * cut point of the session graph; a 2,000-speaker topology validates in milliseconds (docs/benchmarks.md).
 */
public final class Validator {
    private static final List<Rule> RULES = catalog();
    private static final Map<String, RuleInfo> BY_ID = index(RULES);

    private Validator() {
    }

    /** Every finding for this topology, errors first (see {@link Finding#ORDER}). */
    public static List<Finding> validate(Topology t) {
        Context ctx = new Context(t);
        List<Finding> out = new ArrayList<>();
        for (Rule rule : RULES) {
            Sink sink = new Sink(rule.info(), out);
            try {
                rule.check().run(ctx, sink);
            } catch (RuntimeException e) {
                // A rule must never take the whole validation down (the designer validates on every edit).
                sink.report(Severity.WARNING, "Peerplan could not finish this check (" + e + "); the other checks ran. "
                        + "Please report it with the project file.", List.of(), null);
            }
        }
        List<Finding> judged = StandIns.outOfVerdict(t, out);
        judged.sort(Finding.ORDER);
        return List.copyOf(judged);
    }

    /**
     * The MetalLB rules alone (each cluster's objects as MetalLB's webhook and CRD schema check
     * them), unsorted: what the designer checks an edit of a MetalLB field against before applying
     * it. Linear in the clusters' MetalLB objects; no session or graph work.
     */
    public static List<Finding> validateMetalLb(Topology t) {
        Context ctx = new Context(t);
        List<Finding> out = new ArrayList<>();
        for (Rule rule : MetalLbRules.rules()) {
            rule.check().run(ctx, new Sink(rule.info(), out));
        }
        return out;
    }

    /** Every rule Peerplan checks, in catalog order (family by family). */
    public static List<RuleInfo> rules() {
        return RULES.stream().map(Rule::info).toList();
    }

    public static Optional<RuleInfo> rule(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    /** The rules with their checks, for tests and the benchmark's per-rule profile. */
    static List<Rule> catalogRules() {
        return RULES;
    }

    private static List<Rule> catalog() {
        List<Rule> all = new ArrayList<>();
        all.addAll(MetalLbRules.rules());
        all.addAll(FrrK8sRules.rules());
        all.addAll(ReceiveRules.rules());
        all.addAll(CiliumRules.rules());
        all.addAll(MatchRules.rules());
        all.addAll(CompatibilityRules.rules());
        all.addAll(AddressRules.rules());
        all.addAll(PoolPlacementRules.rules());
        all.addAll(ServiceRules.rules());
        all.addAll(AsnRules.rules());
        all.addAll(RoutingPolicyRules.rules());
        all.addAll(ServiceExportRules.rules());
        all.addAll(ReferenceRules.rules());
        all.addAll(PlatformRules.rules());
        all.addAll(GraphRules.rules());
        all.addAll(InputRules.rules());
        return List.copyOf(all);
    }

    private static Map<String, RuleInfo> index(List<Rule> rules) {
        Map<String, RuleInfo> m = new LinkedHashMap<>();
        for (Rule r : rules) {
            if (m.put(r.info().id(), r.info()) != null) {
                throw new IllegalStateException("duplicate rule ID " + r.info().id());
            }
        }
        return m;
    }
}
