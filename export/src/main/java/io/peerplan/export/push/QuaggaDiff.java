package io.peerplan.export.push;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What turns one Quagga config into another, as Quagga commands: the lines to delete (with their
 * {@code no} form) and to add, per context, printed like frr-reload.py's {@code --test} ("Lines To
 * Delete / Lines To Add"), and whether vtysh can apply it live or only a restart from the files can.
 * Lines are compared as sets per context, as frr-reload.py compares them, so the order Quagga prints
 * them in does not count as a change.
 *
 * <p>Rules that follow Quagga 1.2's own commands:
 * <ul>
 * <li>Deletions run last-first, so a neighbor's settings go before the neighbor.</li>
 * <li>{@code neighbor X remote-as} replaced by another AS is not deleted: the new line changes the
 *     AS in place (bgpd.c peer_remote_as), while {@code no neighbor X remote-as} would delete the
 *     neighbor and every setting of it. A neighbor deleted as a whole is one {@code no neighbor X
 *     remote-as}, since peer_delete takes its settings along.</li>
 * <li>A context that goes away as a whole (a route-map entry, a BGP instance) is one {@code no HEADER}.</li>
 * <li>{@code password} and {@code enable password} lines of the device are kept: Peerplan never
 *     writes vty passwords, and removing them would open the router's vty.</li>
 * <li>Not live: another BGP AS number (bgp_vty.c router_bgp refuses "router bgp M" while AS N runs:
 *     "BGP is already running; AS is N"), and a neighbor changing its peer group (bgpd.c
 *     peer_group_unbind deletes the neighbor). Those are applied by replacing the daemon configs and
 *     restarting the daemons.</li>
 * </ul>
 */
record QuaggaDiff(List<Change> deletions, List<Change> additions, Optional<String> restartReason) {

    /** One line of a context; {@code whole} deletes the context itself. */
    record Change(List<String> context, String line, boolean whole) {
        String shown() {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < context.size(); i++) {
                s.append(" ".repeat(i)).append(context.get(i)).append('\n');
            }
            return s.append(whole ? "" : " ".repeat(context.size()) + line + "\n").toString();
        }
    }

    static QuaggaDiff between(QuaggaConfigLines running, QuaggaConfigLines candidate) {
        List<Change> del = new ArrayList<>();
        List<Change> add = new ArrayList<>();
        List<List<String>> goneHeaders = running.headers().stream().filter(h -> !candidate.contexts().containsKey(h)).toList();
        for (var e : running.contexts().entrySet()) {
            List<String> ctx = e.getKey();
            if (!ctx.isEmpty() && goneHeaders.stream().anyMatch(h -> h.getFirst().equals(ctx.getFirst()))) {
                continue;
            }
            Set<String> wanted = candidate.lines(ctx);
            for (String line : e.getValue()) {
                if (!wanted.contains(line) && !deviceOwned(ctx, line)) {
                    del.add(new Change(ctx, line, false));
                }
            }
        }
        goneHeaders.forEach(h -> del.add(new Change(h, "", true)));
        for (var e : candidate.contexts().entrySet()) {
            Set<String> have = running.lines(e.getKey());
            boolean newHeader = !running.contexts().containsKey(e.getKey()) && candidate.headers().contains(e.getKey());
            if (newHeader && e.getValue().isEmpty()) {
                add.add(new Change(e.getKey(), "", true));
            }
            e.getValue().stream().filter(l -> !have.contains(l)).forEach(l -> add.add(new Change(e.getKey(), l, false)));
        }
        return new QuaggaDiff(prune(del, add), List.copyOf(add), restartReason(running, candidate, del, add));
    }

    /** Lines Peerplan never writes and must not remove. */
    private static boolean deviceOwned(List<String> ctx, String line) {
        return (ctx.isEmpty() || ctx.getFirst().equals("line vty")) && (line.startsWith("password ") || line.startsWith("enable password "));
    }

    private static List<Change> prune(List<Change> del, List<Change> add) {
        List<String> deletedNeighbors = new ArrayList<>();
        for (Change c : del) {
            String n = neighbor(c.line(), "remote-as");
            if (n != null && add.stream().noneMatch(a -> n.equals(neighbor(a.line(), "remote-as")) && a.context().equals(c.context()))) {
                deletedNeighbors.add(c.context().getFirst() + "|" + n);
            }
        }
        List<Change> out = new ArrayList<>();
        for (Change c : del) {
            String n = neighbor(c.line(), null);
            boolean remoteAs = neighbor(c.line(), "remote-as") != null;
            boolean replaced = remoteAs && add.stream().anyMatch(a -> a.context().equals(c.context()) && n.equals(neighbor(a.line(), "remote-as")));
            boolean goesWithNeighbor = n != null && !remoteAs && deletedNeighbors.contains(c.context().getFirst() + "|" + n);
            if (!replaced && !goesWithNeighbor) {
                out.add(c);
            }
        }
        return List.copyOf(out.reversed());
    }

    /** The neighbor a "neighbor X SETTING ..." line is about (any setting when {@code setting} is null), or null. */
    private static String neighbor(String line, String setting) {
        String[] w = line.split(" ");
        if (w.length < 3 || !w[0].equals("neighbor") || setting != null && !w[2].equals(setting)) {
            return null;
        }
        return w[1];
    }

    private static Optional<String> restartReason(QuaggaConfigLines running, QuaggaConfigLines candidate, List<Change> del, List<Change> add) {
        String was = bgpInstance(running);
        String will = bgpInstance(candidate);
        if (was != null && will != null && !was.equals(will)) {
            return Optional.of("the BGP AS changes ('" + was + "' to '" + will + "'), which Quagga cannot do while bgpd runs");
        }
        for (Change d : del) {
            String n = neighbor(d.line(), "peer-group");
            if (n != null && d.line().split(" ").length == 4 && add.stream().anyMatch(a -> n.equals(neighbor(a.line(), null)))) {
                return Optional.of("neighbor " + n + " changes its peer group, which Quagga does only by deleting the neighbor");
            }
        }
        return Optional.empty();
    }

    private static String bgpInstance(QuaggaConfigLines c) {
        return c.contexts().keySet().stream().filter(k -> k.size() == 1 && k.getFirst().startsWith("router bgp ")).map(List::getFirst)
                .findFirst().orElse(null);
    }

    boolean changes() {
        return !deletions.isEmpty() || !additions.isEmpty();
    }

    /** The vtysh commands that apply the diff live: each change from {@code configure terminal}, through its context, to {@code end}. */
    List<String> commands() {
        List<String> out = new ArrayList<>();
        Map<List<String>, List<String>> grouped = new LinkedHashMap<>();
        for (Change d : deletions) {
            if (d.whole()) {
                List<String> parent = d.context().subList(0, d.context().size() - 1);
                grouped.computeIfAbsent(parent, k -> new ArrayList<>()).add(negate(d.context().getLast()));
            } else {
                grouped.computeIfAbsent(d.context(), k -> new ArrayList<>()).add(negate(d.line()));
            }
        }
        grouped.forEach((ctx, lines) -> out.addAll(block(ctx, lines)));
        grouped.clear();
        for (Change a : additions) {
            List<String> lines = grouped.computeIfAbsent(a.context(), k -> new ArrayList<>());
            if (!a.whole()) {
                lines.add(a.line());
            }
        }
        grouped.forEach((ctx, lines) -> out.addAll(block(ctx, lines)));
        return List.copyOf(out);
    }

    private static List<String> block(List<String> ctx, List<String> lines) {
        List<String> out = new ArrayList<>(List.of("configure terminal"));
        out.addAll(ctx);
        out.addAll(lines);
        out.add("end");
        return out;
    }

    /** The {@code no} form of a line; a line that is itself a {@code no} form is undone by its positive form. */
    static String negate(String line) {
        return line.startsWith("no ") ? line.substring(3) : "no " + line;
    }

    /** The diff as shown to the user: how it will be applied, then frr-reload.py's two sections. */
    String text(String restartHow) {
        StringBuilder s = new StringBuilder();
        s.append(restartReason.map(r -> "Applied by " + restartHow + ", because " + r)
                .orElse("Applied live with vtysh (" + commands().size() + " commands), then 'write memory'")).append("\n\n");
        s.append("Lines To Delete\n===============\n");
        deletions.forEach(c -> s.append(c.whole() ? "no " + c.shown().strip() + "\n" : c.shown()));
        s.append("\nLines To Add\n============\n");
        additions.forEach(c -> s.append(c.shown()));
        return s.toString();
    }
}
