package io.peerplan.app.inspect;

import io.peerplan.app.design.Refs;
import io.peerplan.model.Cluster;
import io.peerplan.model.Topology;
import io.peerplan.model.validate.Finding;
import io.peerplan.model.validate.MetalLbObjectName;
import io.peerplan.model.validate.Severity;
import io.peerplan.model.validate.Validator;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Checks an edit of one MetalLB object's field against MetalLB's own rules before it is applied
 * ({@link Validator#validateMetalLb}: the webhook's and the CRD schema's checks): an error the edit
 * would add about this object, by a rule about this field ({@link FindingFields}), refuses it with
 * the validator's message, so the field shows what {@code kubectl apply} would answer and nothing is
 * applied. Errors that were already there, or that involve another field (peerASN with dynamicASN),
 * do not block: they stay in the findings list, and the user fixes them in any order.
 *
 * <p>Cost: the MetalLB rules on the edited cluster alone, linear in its objects: well under a
 * millisecond for the samples, so it runs on every keystroke.
 */
final class MetalLbCheck {
    private MetalLbCheck() {
    }

    /** The field, its writes checked ({@link #checked(String, String, String, BiFunction)}). */
    static FieldSpec checked(String key, String crdKind, FieldSpec field) {
        TableSpec table = field.table() == null ? null
                : field.table().checkedBy((before, next) -> verified(before, next, key, crdKind, field.label()), true);
        return new FieldSpec(field.section(), field.label(), field.editor(), field.choices(), field.help(), field.read(),
                checked(key, crdKind, field.label(), field.write()), field.rekey(), table);
    }

    /** {@code write}, refused when it adds an error about this field of the object {@code key} names. */
    static BiFunction<Topology, String, Topology> checked(String key, String crdKind, String label,
            BiFunction<Topology, String, Topology> write) {
        return (t, s) -> verified(t, write.apply(t, s), key, crdKind, label);
    }

    /** {@code next}, unless it has an error about this field that {@code before} did not have. */
    private static Topology verified(Topology before, Topology next, String key, String crdKind, String label) {
        Set<String> was = errors(before, key, crdKind, label);
        for (String message : errors(next, key, crdKind, label)) {
            if (!was.contains(message)) {
                throw new IllegalArgumentException(message);
            }
        }
        return next;
    }

    /** The error messages about this field of the object, without the "BGPPeer p1 (cluster k8s): " prefix. */
    private static Set<String> errors(Topology t, String key, String crdKind, String label) {
        String clusterId = Refs.cluster(key);
        Cluster cluster = t.clusters().stream().filter(c -> c.id().equals(clusterId)).findFirst().orElse(null);
        if (cluster == null) {
            return Set.of();
        }
        String prefix = new MetalLbObjectName(crdKind, Refs.parts(key).get(2)).in(cluster.displayName()) + ": ";
        List<Finding> findings = Validator.validateMetalLb(t.withClusters(List.of(cluster)));
        return findings.stream()
                .filter(f -> f.severity() == Severity.ERROR && f.message().startsWith(prefix)
                        && FindingFields.field(f.ruleId(), List.of(label)).isPresent())
                .map(f -> f.message().substring(prefix.length())).collect(Collectors.toSet());
    }
}
