package io.peerplan.app.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.peerplan.model.Ip;
import io.peerplan.model.IpPrefix;
import io.peerplan.model.sim.AnycastView;
import io.peerplan.model.sim.BgpPath;
import io.peerplan.model.sim.Detection;
import io.peerplan.model.sim.FailoverBudget;
import io.peerplan.model.sim.Oscillation;
import io.peerplan.model.sim.PrefixMove;
import io.peerplan.model.sim.PrependOverride;
import io.peerplan.model.sim.Rib;
import io.peerplan.model.sim.RibEntry;
import io.peerplan.model.sim.Scenario;
import io.peerplan.model.sim.SessionState;
import io.peerplan.model.sim.SimulationNote;
import io.peerplan.model.sim.SimulationResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes a simulation result as the JSON that {@code peerplan simulate --format json} prints and
 * docs/simulation-json.md specifies (format "peerplan-simulation", version 1). Streams speaker by
 * speaker, so a large network's tables are never all materialised at once.
 */
public final class SimulationJson {
    public static final String FORMAT = "peerplan-simulation";
    public static final int VERSION = 1;

    private final SimulationResult result;
    private final String vantage;
    private final double rps;

    /**
     * @param vantage the vantage or router whose anycast views and failover budgets to include;
     *                null for every vantage and router (views) and every vantage (budgets)
     * @param rps     the request rate for the failover budget's lost-request estimates
     */
    public SimulationJson(SimulationResult result, String vantage, double rps) {
        this.result = result;
        this.vantage = vantage;
        this.rps = rps;
    }

    public void write(Writer out) {
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeNumberField("version", VERSION);
            g.writeStringField("topology", result.topology().name());
            scenario(g);
            g.writeBooleanField("converged", result.converged());
            g.writeNumberField("rounds", result.rounds());
            oscillation(g);
            g.writeNumberField("recomputedPrefixes", result.recomputedPrefixes());
            notes(g);
            sessions(g);
            ribs(g);
            anycast(g);
            failover(g);
            changes(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void scenario(JsonGenerator g) throws IOException {
        Scenario s = result.scenario();
        g.writeObjectFieldStart("scenario");
        g.writeStringField("description", s.describe());
        g.writeArrayFieldStart("failed");
        for (String f : s.failed()) {
            g.writeString(f);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("prepends");
        for (PrependOverride p : s.prepends()) {
            g.writeStartObject();
            g.writeStringField("router", p.routerId());
            g.writeStringField("routeMap", p.routeMap());
            g.writeNumberField("seq", p.seq());
            g.writeNumberField("count", p.count());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void oscillation(JsonGenerator g) throws IOException {
        Oscillation o = result.oscillation().orElse(null);
        if (o == null) {
            g.writeNullField("oscillation");
            return;
        }
        g.writeObjectFieldStart("oscillation");
        g.writeNumberField("rounds", o.rounds());
        strings(g, "routers", o.routers());
        strings(g, "prefixes", o.prefixes().stream().map(IpPrefix::toString).toList());
        g.writeEndObject();
    }

    private void notes(JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("notes");
        for (SimulationNote n : result.notes()) {
            g.writeStartObject();
            g.writeStringField("element", n.elementId());
            g.writeStringField("message", n.message());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void sessions(JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("sessions");
        for (SessionState s : result.sessions()) {
            g.writeStartObject();
            g.writeStringField("id", s.id());
            g.writeStringField("peering", s.peering());
            g.writeStringField("a", s.a());
            g.writeStringField("b", s.b());
            ip(g, "addressA", s.addressA());
            ip(g, "addressB", s.addressB());
            g.writeStringField("type", s.type());
            g.writeStringField("state", s.up() ? "up" : "down");
            g.writeStringField("downReason", s.downReason());
            if (s.detection() == null) {
                g.writeNullField("detection");
            } else {
                g.writeFieldName("detection");
                detection(g, s.detection());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void detection(JsonGenerator g, Detection d) throws IOException {
        g.writeStartObject();
        g.writeStringField("mechanism", d.mechanism().label());
        g.writeNumberField("millis", d.millis());
        g.writeStringField("explanation", d.explanation());
        g.writeEndObject();
    }

    private void ribs(JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("ribs");
        for (Rib rib : result.ribs().values()) {
            g.writeObjectFieldStart(rib.speakerId());
            List<RibEntry> entries = new java.util.ArrayList<>();
            rib.forEachEntry(entries::add);
            for (RibEntry e : entries) {
                g.writeObjectFieldStart(e.prefix().toString());
                g.writeStringField("selectionReason", e.best().isPresent() ? e.selectionReason() : null);
                g.writeFieldName("best");
                if (e.best().isPresent()) {
                    path(g, e.best().get(), e);
                } else {
                    g.writeNull();
                }
                g.writeArrayFieldStart("paths");
                for (BgpPath p : e.candidates()) {
                    path(g, p, e);
                }
                g.writeEndArray();
                g.writeArrayFieldStart("multipath");
                for (BgpPath p : e.multipath()) {
                    path(g, p, e);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void path(JsonGenerator g, BgpPath p, RibEntry e) throws IOException {
        g.writeStartObject();
        ip(g, "nextHop", p.nextHop());
        g.writeArrayFieldStart("asPath");
        for (Long as : p.asPath()) {
            g.writeNumber(as);
        }
        g.writeEndArray();
        g.writeStringField("origin", p.origin());
        number(g, "med", p.med());
        number(g, "localPref", p.localPref());
        g.writeNumberField("weight", p.weight());
        g.writeStringField("fromPeer", p.fromPeer());
        ip(g, "peerAddress", p.peerAddress());
        ip(g, "peerRouterId", p.peerRouterId());
        g.writeStringField("peerType", p.peerType());
        strings(g, "communities", p.communities());
        ip(g, "originatorId", p.originatorId());
        strings(g, "clusterList", p.clusterList().stream().map(Ip::toString).toList());
        g.writeBooleanField("valid", p.valid());
        g.writeBooleanField("bestpath", e.best().isPresent() && e.best().get() == p);
        g.writeBooleanField("multipath", e.multipath().contains(p));
        g.writeStringField("source", p.source());
        g.writeEndObject();
    }

    private void anycast(JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("anycast");
        for (AnycastView v : vantage == null ? result.anycast() : result.anycast(vantage)) {
            g.writeStartObject();
            ip(g, "serviceIp", v.serviceIp());
            strings(g, "services", v.services());
            g.writeStringField("vantage", v.vantage());
            g.writeStringField("prefix", v.prefix() == null ? null : v.prefix().toString());
            g.writeBooleanField("reachable", v.reachable());
            strings(g, "regions", v.regions());
            strings(g, "clusters", v.clusters());
            strings(g, "nodes", v.nodes());
            strings(g, "endsAt", v.endsAt());
            g.writeArrayFieldStart("asPath");
            for (Long as : v.asPath()) {
                g.writeNumber(as);
            }
            g.writeEndArray();
            g.writeStringField("viaPeer", v.viaPeer());
            ip(g, "nextHop", v.nextHop());
            g.writeStringField("selectionReason", v.prefix() == null ? null : v.selectionReason());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void failover(JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("failover");
        g.writeNumberField("rps", rps);
        g.writeArrayFieldStart("budgets");
        for (FailoverBudget b : result.failover(vantage)) {
            g.writeStartObject();
            ip(g, "serviceIp", b.serviceIp());
            g.writeStringField("vantage", b.vantage());
            g.writeArrayFieldStart("sessions");
            for (FailoverBudget.SessionBudget s : b.sessions()) {
                g.writeStartObject();
                g.writeStringField("session", s.session());
                g.writeStringField("a", s.a());
                g.writeStringField("b", s.b());
                g.writeStringField("mechanism", s.detection().mechanism().label());
                g.writeNumberField("millis", s.detection().millis());
                g.writeStringField("explanation", s.detection().explanation());
                if (s.detection().mechanism() == Detection.Mechanism.NEVER) {
                    g.writeNullField("requestsLost");
                } else {
                    g.writeNumberField("requestsLost", s.requestsLost(rps));
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            FailoverBudget.SessionBudget worst = b.worst().orElse(null);
            g.writeStringField("worstSession", worst == null ? null : worst.session());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void changes(JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("changes");
        for (PrefixMove m : result.changes()) {
            if (vantage != null && !vantage.equals(m.vantage())) {
                continue;
            }
            g.writeStartObject();
            g.writeStringField("vantage", m.vantage());
            g.writeStringField("prefix", m.prefix().toString());
            placement(g, "from", m.from());
            placement(g, "to", m.to());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void placement(JsonGenerator g, String name, PrefixMove.Placement p) throws IOException {
        if (p == null) {
            g.writeNullField(name);
            return;
        }
        g.writeObjectFieldStart(name);
        strings(g, "regions", p.regions());
        strings(g, "clusters", p.clusters());
        strings(g, "nodes", p.nodes());
        strings(g, "endsAt", p.endsAt());
        g.writeStringField("viaPeer", p.viaPeer());
        g.writeArrayFieldStart("asPath");
        for (Long as : p.asPath()) {
            g.writeNumber(as);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static void ip(JsonGenerator g, String name, Ip ip) throws IOException {
        g.writeStringField(name, ip == null ? null : ip.toString());
    }

    private static void number(JsonGenerator g, String name, Long value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, value);
        }
    }
}
