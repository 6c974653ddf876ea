package io.peerplan.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.peerplan.export.ClusterExporters;
import io.peerplan.export.ExportFile;
import io.peerplan.model.Cluster;
import io.peerplan.model.Speaker;
import io.peerplan.model.Topology;
import io.peerplan.model.TopologyIndex;
import io.peerplan.model.sim.Detection;
import io.peerplan.model.sim.FailoverBudget;
import io.peerplan.model.sim.SessionState;
import io.peerplan.model.sim.SpeakerComparison;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code peerplan compare FILE --speaker metallb|frr-k8s|cilium [--rps N] [--format text|json]}: the
 * migration report of switching every cluster to another BGP speaker ({@link SpeakerComparison}):
 * where each anycast IP is served before and after, which sessions change, the failover budget
 * before and after with the requests lost at the given rate, and the objects to apply.
 */
@Command(name = "compare", mixinStandardHelpOptions = true, description = {
        "What switching every cluster to another BGP speaker changes: anycast placement, sessions, failover budget, objects to apply."})
final class CompareCommand implements Callable<Integer> {
    enum Format { text, json }

    private static final Pattern OBJECT = Pattern.compile("(?m)^kind: (\\S+)\\nmetadata:\\n  name: (\\S+)");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE|sample:NAME")
    String project;

    @Option(names = "--speaker", required = true, paramLabel = "SPEAKER", description = "The speaker to switch to: metallb, frr-k8s or cilium.")
    String speaker;

    // Seed 000's locust run measured its failover at this rate (96 requests lost with BFD 300 ms x 3).
    @Option(names = "--rps", paramLabel = "N", defaultValue = "127", description = "Request rate for the lost-request estimate (default ${DEFAULT-VALUE}).")
    double rps;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "Output format (default ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Speaker to;
        try {
            to = Speaker.parse(speaker);
            if (rps < 0) {
                throw new IllegalArgumentException("--rps must not be negative");
            }
        } catch (IllegalArgumentException e) {
            err.println("peerplan compare: " + e.getMessage());
            err.flush();
            return ExitCodes.USAGE;
        }
        Topology t = ProjectArgument.load(project, err);
        if (t == null) {
            return ExitCodes.INPUT_ERRORS;
        }
        SpeakerComparison c = SpeakerComparison.of(t, to);
        List<String[]> objects = objects(to.applyTo(t));
        if (format == Format.json) {
            out.println(json(c, objects));
        } else {
            out.print(text(t, c, objects));
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** Per cluster file of the switched design: {path, kind, name} of each object in it. */
    private static List<String[]> objects(Topology switched) {
        TopologyIndex index = new TopologyIndex(switched);
        List<String[]> out = new ArrayList<>();
        for (Cluster c : switched.clusters()) {
            ExportFile f = ClusterExporters.of(c.effectiveSpeaker()).render(index, c, c.effectiveConfigStyle(), List.of()).files().getFirst();
            Matcher m = OBJECT.matcher(f.content());
            while (m.find()) {
                out.add(new String[] {c.id() + "/" + f.path(), m.group(1), m.group(2)});
            }
        }
        return out;
    }

    private String text(Topology t, SpeakerComparison c, List<String[]> objects) {
        StringBuilder b = new StringBuilder();
        String from = String.join(", ", t.clusters().stream().map(x -> x.id() + " " + x.effectiveSpeaker().label()).toList());
        b.append("Switching every cluster to ").append(c.to().label()).append(" (now: ").append(from).append(")\n\n");
        b.append("Anycast placement: ").append(c.placementUnchanged() ? "unchanged" : "CHANGES").append('\n');
        for (SpeakerComparison.Placement p : c.placements()) {
            b.append("  ").append(p.serviceIp()).append(" from ").append(p.vantage()).append(": ").append(where(p.before()));
            b.append(p.changed() ? " -> " + where(p.after()) : " (unchanged)").append('\n');
        }
        b.append("\nSessions that change (").append(c.sessions().size()).append("):\n");
        for (SpeakerComparison.SessionChange s : c.sessions()) {
            b.append("  ").append(s.session()).append(": ").append(state(s.before())).append(" -> ").append(state(s.after())).append('\n');
        }
        b.append("\nFailover budget at ").append(number(rps)).append(" requests/s (the speakers' sessions on the serving paths):\n");
        for (SpeakerComparison.Failover f : c.failover()) {
            b.append("  ").append(f.serviceIp()).append(" from ").append(f.vantage()).append(": ").append(budget(f.before()))
                    .append(" -> ").append(budget(f.after())).append('\n');
        }
        b.append("\nObjects to apply (").append(objects.size()).append("; `peerplan export DESIGN --speaker ").append(c.to().id())
                .append(" -o DIR` writes them):\n");
        for (String[] o : objects) {
            b.append("  ").append(o[0]).append(": ").append(o[1]).append(' ').append(o[2]).append('\n');
        }
        return b.toString();
    }

    private static String where(List<String> w) {
        return w.isEmpty() ? "not served" : String.join(", ", w);
    }

    private static String state(SessionState s) {
        if (s == null) {
            return "absent";
        }
        return (s.up() ? "up" : "down") + ", " + detection(s.detection());
    }

    private static String detection(Detection d) {
        return d == null ? "no detection" : d.mechanism().label() + " " + d.seconds();
    }

    private String budget(FailoverBudget.SessionBudget s) {
        if (s == null) {
            return "not served";
        }
        Detection d = s.detection();
        return detection(d) + (d.mechanism() == Detection.Mechanism.NEVER ? " (never detected)" : ", ~" + d.requestsLost(rps)
                + " requests lost") + " [" + d.explanation() + "]";
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    private String json(SpeakerComparison c, List<String[]> objects) {
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = m.createObjectNode();
        root.put("speaker", c.to().id());
        root.put("requestsPerSecond", rps);
        root.put("placementUnchanged", c.placementUnchanged());
        ArrayNode placements = root.putArray("placements");
        for (SpeakerComparison.Placement p : c.placements()) {
            ObjectNode o = placements.addObject().put("serviceIp", p.serviceIp().toString()).put("vantage", p.vantage()).put("changed", p.changed());
            p.before().forEach(o.withArray("before")::add);
            p.after().forEach(o.withArray("after")::add);
        }
        ArrayNode sessions = root.putArray("sessions");
        for (SpeakerComparison.SessionChange s : c.sessions()) {
            ObjectNode o = sessions.addObject().put("session", s.session()).put("a", s.a()).put("b", s.b());
            session(o, "before", s.before());
            session(o, "after", s.after());
        }
        ArrayNode failover = root.putArray("failover");
        for (SpeakerComparison.Failover f : c.failover()) {
            ObjectNode o = failover.addObject().put("serviceIp", f.serviceIp().toString()).put("vantage", f.vantage());
            budget(o, "before", f.before());
            budget(o, "after", f.after());
        }
        ArrayNode list = root.putArray("objects");
        for (String[] x : objects) {
            list.addObject().put("file", x[0]).put("kind", x[1]).put("name", x[2]);
        }
        try {
            return m.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void session(ObjectNode parent, String key, SessionState s) {
        if (s == null) {
            parent.putNull(key);
            return;
        }
        ObjectNode o = parent.putObject(key).put("up", s.up());
        detection(o, s.detection());
    }

    private void budget(ObjectNode parent, String key, FailoverBudget.SessionBudget s) {
        if (s == null) {
            parent.putNull(key);
            return;
        }
        ObjectNode o = parent.putObject(key).put("session", s.session());
        detection(o, s.detection());
        if (s.detection().mechanism() != Detection.Mechanism.NEVER) {
            o.put("requestsLost", s.requestsLost(rps));
        }
    }

    private static void detection(ObjectNode o, Detection d) {
        if (d != null) {
            o.put("mechanism", d.mechanism().name().toLowerCase(java.util.Locale.ROOT)).put("millis", d.millis())
                    .put("explanation", d.explanation());
        }
    }
}
