package io.peerplan.app.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.SerializedString;
import io.peerplan.model.Ip;
import io.peerplan.model.IpPrefix;
import io.peerplan.model.sim.AnycastView;
import io.peerplan.model.sim.BgpPath;
import io.peerplan.model.sim.Detection;
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
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes a simulation result as the JSON that {@code peerplan simulate --format json} prints and
 * docs/simulation-json.md specifies (format "peerplan-simulation"). Version 2 holds the tables,
 * anycast views and changes of the viewpoints (every vantage, or the one asked for); version 1
 * ({@code --tables}) holds every speaker's table and every router's views, which grows with routers
 * × prefixes (1.3 GB for the scale topology of docs/benchmarks.md). Streams speaker by speaker, so a
 * large network's tables are never all materialised at once.
 */
public final class SimulationJson {
    public static final String FORMAT = "peerplan-simulation";
    public static final int VERSION = 2;
    /** The version of the document with every speaker's table ({@code --tables}). */
    public static final int VERSION_WITH_TABLES = 1;

    /** Closing a generator leaves its target open: a closed standard output lost the line break after the document. */
    private static final JsonFactory FACTORY = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    // The names written once per path and entry (millions on a large network), quoted and escaped
    // once here instead of at every write.
    private static final SerializedString NEXT_HOP = new SerializedString("nextHop");
    private static final SerializedString AS_PATH = new SerializedString("asPath");
    private static final SerializedString ORIGIN = new SerializedString("origin");
    private static final SerializedString MED = new SerializedString("med");
    private static final SerializedString LOCAL_PREF = new SerializedString("localPref");
    private static final SerializedString WEIGHT = new SerializedString("weight");
    private static final SerializedString FROM_PEER = new SerializedString("fromPeer");
    private static final SerializedString PEER_ADDRESS = new SerializedString("peerAddress");
    private static final SerializedString PEER_ROUTER_ID = new SerializedString("peerRouterId");
    private static final SerializedString PEER_TYPE = new SerializedString("peerType");
    private static final SerializedString COMMUNITIES = new SerializedString("communities");
    private static final SerializedString ORIGINATOR_ID = new SerializedString("originatorId");
    private static final SerializedString CLUSTER_LIST = new SerializedString("clusterList");
    private static final SerializedString VALID = new SerializedString("valid");
    private static final SerializedString BESTPATH = new SerializedString("bestpath");
    private static final SerializedString MULTIPATH = new SerializedString("multipath");
    private static final SerializedString SOURCE = new SerializedString("source");
    private static final SerializedString SELECTION_REASON = new SerializedString("selectionReason");
    private static final SerializedString BEST = new SerializedString("best");
    private static final SerializedString PATHS = new SerializedString("paths");

    private final SimulationResult result;
    private final String vantage;
    private final double rps;
    private final boolean tables;
    /** Addresses are interned by the simulation's results, so each one's text is made once. */
    private final Map<Ip, String> ipText = new IdentityHashMap<>();
    /** Likewise the prefixes, written once per speaker that holds them. */
    private final Map<IpPrefix, String> prefixText = new IdentityHashMap<>();

    /**
     * @param vantage the vantage or router whose anycast views and failover budgets to include;
     *                null for every vantage and router (views) and every vantage (budgets)
     * @param rps     the request rate for the failover budget's lost-request estimates
     * @param tables  version 1: every speaker's table, and every router's anycast views and changes
     *                when no vantage is given; else version 2, the viewpoints' only
     */
    public SimulationJson(SimulationResult result, String vantage, double rps, boolean tables) {
        this.result = result;
        this.vantage = vantage;
        this.rps = rps;
        this.tables = tables;
    }

    /** Writes the document; {@code out} stays open (the command adds a line break after it). */
    public void write(Writer out) {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same document as UTF-8 bytes, byte for byte what {@link #write(Writer)} gives through a UTF-8 writer. */
    public void write(OutputStream out) {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(JsonGenerator g) throws IOException {
        g.useDefaultPrettyPrinter();
        g.writeStartObject();
        g.writeStringField("format", FORMAT);
        g.writeNumberField("version", tables ? VERSION_WITH_TABLES : VERSION);
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
        Set<String> viewpoints = vantage != null ? Set.of(vantage)
                : result.topology().vantages().stream().map(v -> v.id()).collect(Collectors.toSet());
        for (Rib rib : result.ribs().values()) {
            if (!tables && !viewpoints.contains(rib.speakerId())) {
                continue;
            }
            g.writeObjectFieldStart(rib.speakerId());
            List<RibEntry> entries = new java.util.ArrayList<>();
            rib.forEachEntry(entries::add);
            for (RibEntry e : entries) {
                g.writeFieldName(prefixText.computeIfAbsent(e.prefix(), IpPrefix::toString));
                g.writeStartObject();
                g.writeFieldName(SELECTION_REASON);
                g.writeString(e.best().isPresent() ? e.selectionReason() : null);
                g.writeFieldName(BEST);
                if (e.best().isPresent()) {
                    path(g, e.best().get(), e);
                } else {
                    g.writeNull();
                }
                g.writeFieldName(PATHS);
                g.writeStartArray();
                for (BgpPath p : e.candidates()) {
                    path(g, p, e);
                }
                g.writeEndArray();
                g.writeFieldName(MULTIPATH);
                g.writeStartArray();
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

    private void path(JsonGenerator g, BgpPath p, RibEntry e) throws IOException {
        g.writeStartObject();
        g.writeFieldName(NEXT_HOP);
        ipValue(g, p.nextHop());
        g.writeFieldName(AS_PATH);
        g.writeStartArray();
        for (Long as : p.asPath()) {
            g.writeNumber(as);
        }
        g.writeEndArray();
        g.writeFieldName(ORIGIN);
        g.writeString(p.origin());
        g.writeFieldName(MED);
        numberValue(g, p.med());
        g.writeFieldName(LOCAL_PREF);
        numberValue(g, p.localPref());
        g.writeFieldName(WEIGHT);
        g.writeNumber(p.weight());
        g.writeFieldName(FROM_PEER);
        g.writeString(p.fromPeer());
        g.writeFieldName(PEER_ADDRESS);
        ipValue(g, p.peerAddress());
        g.writeFieldName(PEER_ROUTER_ID);
        ipValue(g, p.peerRouterId());
        g.writeFieldName(PEER_TYPE);
        g.writeString(p.peerType());
        g.writeFieldName(COMMUNITIES);
        g.writeStartArray();
        for (String c : p.communities()) {
            g.writeString(c);
        }
        g.writeEndArray();
        g.writeFieldName(ORIGINATOR_ID);
        ipValue(g, p.originatorId());
        g.writeFieldName(CLUSTER_LIST);
        g.writeStartArray();
        for (Ip c : p.clusterList()) {
            ipValue(g, c);
        }
        g.writeEndArray();
        g.writeFieldName(VALID);
        g.writeBoolean(p.valid());
        g.writeFieldName(BESTPATH);
        g.writeBoolean(e.best().isPresent() && e.best().get() == p);
        g.writeFieldName(MULTIPATH);
        g.writeBoolean(e.multipath().contains(p));
        g.writeFieldName(SOURCE);
        g.writeString(p.source());
        g.writeEndObject();
    }

    private void ipValue(JsonGenerator g, Ip ip) throws IOException {
        g.writeString(ip == null ? null : ipText.computeIfAbsent(ip, Ip::toString));
    }

    private static void numberValue(JsonGenerator g, Long value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else {
            g.writeNumber(value);
        }
    }

    private void anycast(JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("anycast");
        List<AnycastView> views = vantage != null ? result.anycast(vantage) : tables ? result.anycast() : result.anycastFromVantages();
        for (AnycastView v : views) {
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
        new FailoverJson().write(g, each -> result.failover(vantage, each), rps);
    }

    private void changes(JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("changes");
        for (PrefixMove m : tables || vantage != null ? result.changes() : result.changesFromVantages()) {
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
