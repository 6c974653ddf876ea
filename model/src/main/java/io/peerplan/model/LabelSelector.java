package io.peerplan.model;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/** A Kubernetes label selector: {@code matchLabels} and {@code matchExpressions}. */
public record LabelSelector(SortedMap<String, String> matchLabels, List<Requirement> matchExpressions) {

    public LabelSelector {
        matchLabels = Lists.sorted(matchLabels);
        matchExpressions = Lists.copy(matchExpressions);
    }

    /** True when the labels satisfy every clause (an empty selector matches everything). */
    public boolean matches(Map<String, String> labels) {
        for (var e : matchLabels.entrySet()) {
            if (!e.getValue().equals(labels.get(e.getKey()))) {
                return false;
            }
        }
        for (Requirement r : matchExpressions) {
            if (!r.matches(labels)) {
                return false;
            }
        }
        return true;
    }

    /** {@code key}, {@code operator} (In, NotIn, Exists, DoesNotExist) and {@code values}. */
    public record Requirement(String key, String operator, List<String> values) {
        public Requirement {
            values = Lists.copy(values);
        }

        public boolean matches(Map<String, String> labels) {
            String v = labels.get(key);
            return switch (operator) {
                case "In" -> v != null && values.contains(v);
                case "NotIn" -> v == null || !values.contains(v);
                case "Exists" -> labels.containsKey(key);
                case "DoesNotExist" -> !labels.containsKey(key);
                default -> false;
            };
        }
    }
}
