package io.peerplan.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.peerplan.export.SpeakerObjects;
import io.peerplan.model.Speaker;
import io.peerplan.model.SpeakerSwitch;
import io.peerplan.model.Topology;
import io.peerplan.model.sim.Detection;
import io.peerplan.model.sim.FailoverBudget;
import io.peerplan.model.sim.SessionState;
import io.peerplan.model.sim.SpeakerComparison;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code peerplan compare FILE --speaker metallb|frr-k8s|cilium [--cluster ID] [--rps N] [--format text|json]}:
 * the migration report of switching every cluster (or one) to another BGP speaker ({@link SpeakerComparison}):
 * where each anycast IP is served before and after, which sessions change, the failover budget
 * before and after with the requests lost at the given rate, and the objects to apply.
 */
@Command(name = "compare", mixinStandardHelpOptions = true, description = {
        "What switching every cluster (or one) to another BGP speaker changes: anycast placement, sessions, failover budget, objects to apply."})
final class CompareCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE|sample:NAME")
    String project;

    @Option(names = "--speaker", required = true, paramLabel = "SPEAKER", description = "The speaker to switch to: metallb, frr-k8s or cilium.")
    String speaker;

    @Option(names = "--cluster", paramLabel = "ID", description = "Switch only this cluster (default: every cluster).")
    String cluster;

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
        SpeakerSwitch change = cluster == null ? SpeakerSwitch.everyCluster(to) : SpeakerSwitch.cluster(to, cluster);
        var problem = change.problemIn(t);
        if (problem.isPresent()) {
            err.println("peerplan compare: " + problem.get());
            err.flush();
            return ExitCodes.USAGE;
        }
        SpeakerComparison c = SpeakerComparison.of(t, change);
        List<SpeakerObjects.Entry> objects = SpeakerObjects.of(t, change);
        if (format == Format.json) {
            out.println(json(c, change, objects));
        } else {
            out.print(text(t, c, change, objects));
        }
        out.flush();
        return ExitCodes.OK;
    }

    private String text(Topology t, SpeakerComparison c, SpeakerSwitch change, List<SpeakerObjects.Entry> objects) {
        StringBuilder b = new StringBuilder();
        String from = String.join(", ", t.clusters().stream().map(x -> x.id() + " " + x.effectiveSpeaker().label()).toList());
        b.append("Switching ").append(change.scope()).append(" to ").append(c.to().label()).append(" (now: ").append(from).append(")\n\n");
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
                .append(change.cluster().map(id -> " --only " + id).orElse("")).append(" -o DIR` writes them):\n");
        for (SpeakerObjects.Entry o : objects) {
            b.append("  ").append(o.file()).append(": ").append(o.kind()).append(' ').append(o.name()).append('\n');
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

    private String json(SpeakerComparison c, SpeakerSwitch change, List<SpeakerObjects.Entry> objects) {
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = m.createObjectNode();
        root.put("speaker", c.to().id());
        change.cluster().ifPresentOrElse(id -> root.put("cluster", id), () -> root.putNull("cluster"));
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
        for (SpeakerObjects.Entry x : objects) {
            list.addObject().put("file", x.file()).put("kind", x.kind()).put("name", x.name());
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
