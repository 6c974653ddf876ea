package io.peerplan.export.push;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A short line-set summary of how two configs differ, for reports (the full diff is frr-reload's job). */
final class RunningConfigDiff {
    private RunningConfigDiff() {
    }

    /**
     * The config file inside {@code show running-config} output: without vtysh's
     * "Building configuration... / Current configuration:" header, which no config parser accepts
     * (vtysh -m reports "Unknown command" for it, so frr-reload.py would refuse the file).
     */
    static String body(String showRunning) {
        List<String> lines = showRunning.lines().toList();
        int start = 0;
        while (start < lines.size() && !lines.get(start).startsWith("!") && (lines.get(start).isBlank()
                || lines.get(start).startsWith("Building configuration") || lines.get(start).startsWith("Current configuration"))) {
            start++;
        }
        return String.join("\n", lines.subList(start, lines.size())) + "\n";
    }

    static String summary(String expected, String actual) {
        Set<String> exp = new LinkedHashSet<>(expected.lines().toList());
        Set<String> act = new LinkedHashSet<>(actual.lines().toList());
        List<String> parts = new ArrayList<>();
        exp.stream().filter(l -> !act.contains(l)).limit(5).forEach(l -> parts.add("missing '" + l.strip() + "'"));
        act.stream().filter(l -> !exp.contains(l)).limit(5).forEach(l -> parts.add("extra '" + l.strip() + "'"));
        if (parts.isEmpty()) {
            parts.add("same lines in a different order or spacing");
        }
        return String.join(", ", parts);
    }
}
