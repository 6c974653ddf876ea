package io.peerplan.export.push;

import java.util.ArrayList;
import java.util.List;

/**
 * frr-reload.py {@code --test} output split into its "Lines To Delete" and "Lines To Add" sections.
 * One addition is ignored when judging whether anything changes: {@code ip forwarding} on its own,
 * because FRR never prints it in the running config while forwarding is on, so frr-reload.py lists
 * it on every run (frr-lab.md "Writing configs that reload cleanly"; FrrConfigGenerator writes it on
 * purpose). When forwarding is really off, the running config shows {@code no ip forwarding} and the
 * diff has a deletion too, so it still counts.
 */
record ReloadDiff(List<String> deletions, List<String> additions) {

    static ReloadDiff parse(String testOutput) {
        List<String> del = new ArrayList<>();
        List<String> add = new ArrayList<>();
        List<String> into = null;
        for (String line : testOutput.lines().toList()) {
            if (line.equals("Lines To Delete")) {
                into = del;
            } else if (line.equals("Lines To Add")) {
                into = add;
            } else if (into != null && !line.isBlank() && !line.chars().allMatch(c -> c == '=')) {
                into.add(line);
            }
        }
        return new ReloadDiff(List.copyOf(del), List.copyOf(add));
    }

    /**
     * False when frr-reload.py cannot have answered truthfully. A candidate holding {@code ip forwarding}
     * always differs from the running config, which never shows that line while forwarding is on and
     * shows {@code no ip forwarding} while it is off; frr-reload.py prints its "Lines To Add" section
     * only when there is a line to add. So for such a candidate, exit 0 with nothing listed means
     * something else answered: a wrapper, a stub, a prefix that swallowed the command.
     */
    boolean answers(String candidate) {
        return !deletions.isEmpty() || !additions.isEmpty() || candidate.lines().noneMatch(l -> l.strip().equals("ip forwarding"));
    }

    /** True when applying would change nothing FRR shows. */
    boolean isNoChange() {
        return deletions.isEmpty() && additions.stream().allMatch(l -> l.strip().equals("ip forwarding"));
    }
}
