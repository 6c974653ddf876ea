package io.peerplan.model.validate;

import java.util.Comparator;
import java.util.List;

/**
 * One problem the validator found.
 *
 * @param ruleId     the stable rule ID, e.g. {@code BGP-SESSION-ASN-MISMATCH} (see {@link Validator#rules()})
 * @param severity   how bad it is
 * @param message    what is wrong, in the user's terms (MetalLB's own wording where it has one)
 * @param elementIds the topology ids involved (router, cluster, node, peering, region, network, vantage), for
 *                   highlighting on the canvas; the most specific first
 * @param fixHint    how to fix it, or null when there is no single fix
 */
public record Finding(String ruleId, Severity severity, String message, List<String> elementIds, String fixHint) {

    /** Errors first, then by rule, then by the first element, then by message: a stable, readable order. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::ruleId)
            .thenComparing(f -> f.elementIds().isEmpty() ? "" : f.elementIds().getFirst())
            .thenComparing(Finding::message);

    public Finding {
        if (ruleId == null || severity == null || message == null) {
            throw new IllegalArgumentException("a finding needs a rule ID, a severity and a message");
        }
        elementIds = elementIds == null ? List.of() : List.copyOf(elementIds);
    }
}
