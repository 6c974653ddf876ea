package io.peerplan.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * "Did you mean …?" for a mistyped name: the candidates within a small edit distance (Levenshtein:
 * insertions, deletions, substitutions), or that contain the typed text, closest first. Git and
 * picocli answer unknown commands this way. Cost: O(n·m) per candidate, for names of a few dozen
 * characters and a design's few thousand ids.
 */
public final class Closest {
    private Closest() {
    }

    /** At most {@code limit} candidates close to {@code typed}, closest first; empty when none is close. */
    public static List<String> to(String typed, Collection<String> candidates, int limit) {
        String t = typed.toLowerCase(Locale.ROOT);
        // One typo per three characters, at least one and at most three.
        int budget = Math.clamp(t.length() / 3, 1, 3);
        record Scored(String name, int distance) {
        }
        return candidates.stream().distinct()
                .map(c -> new Scored(c, distance(t, c.toLowerCase(Locale.ROOT))))
                .filter(s -> s.distance() <= budget || (t.length() >= 3 && s.name().toLowerCase(Locale.ROOT).contains(t)))
                .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
                .limit(limit).map(Scored::name).toList();
    }

    /** " Did you mean 'a' or 'b'?" (with a leading space), or "" when nothing is close. */
    public static String didYouMean(String typed, Collection<String> candidates) {
        List<String> close = to(typed, candidates, 3);
        if (close.isEmpty()) {
            return "";
        }
        List<String> quoted = close.stream().map(c -> "'" + c + "'").toList();
        String last = quoted.getLast();
        String head = String.join(", ", quoted.subList(0, quoted.size() - 1));
        return " Did you mean " + (head.isEmpty() ? last : head + " or " + last) + "?";
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
