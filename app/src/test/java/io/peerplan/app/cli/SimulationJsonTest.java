package io.peerplan.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.peerplan.model.sample.Samples;
import io.peerplan.model.sim.Scenario;
import io.peerplan.model.sim.SimulationResult;
import io.peerplan.model.sim.Simulator;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON contract of docs/simulation-json.md, read back as another tool would. */
class SimulationJsonTest {

    static JsonNode json(SimulationResult r, String vantage, double rps, boolean tables) throws Exception {
        StringWriter w = new StringWriter();
        new SimulationJson(r, vantage, rps, tables).write(w);
        return new ObjectMapper().readTree(w.toString());
    }

    @Test
    void baselineOfTheSeed() throws Exception {
        JsonNode j = json(Simulator.run(Samples.load("two-dc-anycast"), Scenario.BASELINE), null, 127, true);
        assertThat(j.get("format").asText()).isEqualTo("peerplan-simulation");
        assertThat(j.get("version").asInt()).isEqualTo(1);
        assertThat(j.get("converged").asBoolean()).isTrue();
        assertThat(j.get("oscillation").isNull()).isTrue();
        assertThat(j.get("scenario").get("description").asText()).isEqualTo("baseline");

        JsonNode e = j.get("ribs").get("internet").get("203.0.113.70/32");
        assertThat(e.get("selectionReason").asText()).isEqualTo("AS Path");
        JsonNode best = e.get("best");
        assertThat(best.get("nextHop").asText()).isEqualTo("198.18.0.1");
        assertThat(best.get("asPath").toString()).isEqualTo("[65101,64859,64859]");
        assertThat(best.get("origin").asText()).isEqualTo("IGP");
        assertThat(best.get("med").isNull()).isTrue();
        assertThat(best.get("localPref").isNull()).isTrue();
        assertThat(best.get("weight").asLong()).isZero();
        assertThat(best.get("fromPeer").asText()).isEqualTo("antares");
        assertThat(best.get("peerType").asText()).isEqualTo("external");
        assertThat(best.get("bestpath").asBoolean()).isTrue();
        assertThat(e.get("paths")).hasSize(2);
        assertThat(e.get("multipath")).isEmpty();

        JsonNode gw = j.get("ribs").get("gateway-alfa-unoone").get("203.0.113.70/32");
        assertThat(gw.get("multipath")).hasSize(2);
        assertThat(gw.get("paths").get(0).get("multipath").asBoolean()).isTrue();
        JsonNode slash29 = j.get("ribs").get("gateway-alfa-unoone").get("203.0.113.64/29");
        assertThat(slash29.get("best").isNull()).isTrue();
        assertThat(slash29.get("paths").get(0).get("valid").asBoolean()).isFalse();
        assertThat(j.get("ribs").get("alfa-worker-1").get("203.0.113.70/32").get("best").get("peerType").asText()).isEqualTo("local");

        assertThat(j.get("sessions")).anySatisfy(s -> {
            assertThat(s.get("id").asText()).isEqualTo("alfa-speakers/alfa-worker-1");
            assertThat(s.get("state").asText()).isEqualTo("up");
            assertThat(s.get("detection").get("millis").asLong()).isEqualTo(900);
        });
        assertThat(j.get("anycast")).anySatisfy(v -> {
            assertThat(v.get("vantage").asText()).isEqualTo("internet");
            assertThat(v.get("serviceIp").asText()).isEqualTo("203.0.113.70");
            assertThat(v.get("regions").toString()).isEqualTo("[\"alfa\"]");
        });
        assertThat(j.get("failover").get("rps").asDouble()).isEqualTo(127);
        assertThat(j.get("failover").get("budgets")).anySatisfy(b -> assertThat(b.get("sessions")).anySatisfy(s -> {
            assertThat(s.get("session").asText()).isEqualTo("alfa-speakers/alfa-worker-1");
            assertThat(s.get("requestsLost").asLong()).isEqualTo(115);
        }));
        assertThat(j.get("notes")).anySatisfy(n -> assertThat(n.get("message").asText()).contains("import-check"));
        assertThat(j.get("changes")).isEmpty();
    }

    @Test
    void scenarioWithChangesAndOneVantage() throws Exception {
        SimulationResult r = Simulator.run(Samples.load("two-dc-anycast"), Scenario.failing("alfa"));
        JsonNode j = json(r, "internet", 100, true);
        assertThat(j.get("scenario").get("failed").toString()).isEqualTo("[\"alfa\"]");
        assertThat(j.get("ribs").has("antares")).isFalse();
        assertThat(j.get("anycast")).allSatisfy(v -> assertThat(v.get("vantage").asText()).isEqualTo("internet"));
        assertThat(j.get("changes")).anySatisfy(c -> {
            assertThat(c.get("prefix").asText()).isEqualTo("203.0.113.65/32");
            assertThat(c.get("to").isNull()).isTrue();
            assertThat(c.get("from").get("regions").toString()).isEqualTo("[\"alfa\"]");
        });
        assertThat(j.get("sessions")).anySatisfy(s -> {
            assertThat(s.get("id").asText()).isEqualTo("alfa-provider");
            assertThat(s.get("state").asText()).isEqualTo("down");
            assertThat(s.get("downReason").asText()).startsWith("failed:");
        });
    }

    @Test
    void versionTwoHoldsTheVantagesTablesViewsAndChangesOnly() throws Exception {
        SimulationResult r = Simulator.run(Samples.load("two-dc-anycast"), Scenario.failing("gateway-alfa-unoone"));
        JsonNode all = json(r, null, 100, true);
        JsonNode j = json(r, null, 100, false);
        assertThat(all.get("version").asInt()).isEqualTo(1);
        assertThat(j.get("version").asInt()).isEqualTo(2);
        assertThat(all.get("ribs").has("gateway-bravo-bissotwo")).isTrue();
        assertThat(names(j.get("ribs"))).containsExactly("internet");
        assertThat(j.get("ribs").get("internet")).isEqualTo(all.get("ribs").get("internet"));
        assertThat(j.get("anycast")).isNotEmpty().containsExactlyElementsOf(fromInternet(all.get("anycast")));
        assertThat(j.get("changes")).isNotEmpty().containsExactlyElementsOf(fromInternet(all.get("changes")));
        for (String same : new String[] {"format", "topology", "scenario", "converged", "rounds", "oscillation",
            "recomputedPrefixes", "notes", "sessions", "failover"}) {
            assertThat(j.get(same)).as(same).isEqualTo(all.get(same));
        }
    }

    @Test
    void versionTwoFromOneRouterHoldsItsTableOnly() throws Exception {
        SimulationResult r = Simulator.run(Samples.load("two-dc-anycast"), Scenario.BASELINE);
        JsonNode j = json(r, "gateway-bravo-bissotwo", 100, false);
        assertThat(names(j.get("ribs"))).containsExactly("gateway-bravo-bissotwo");
        assertThat(j.get("ribs").get("gateway-bravo-bissotwo"))
                .isEqualTo(json(r, "gateway-bravo-bissotwo", 100, true).get("ribs").get("gateway-bravo-bissotwo"));
        assertThat(j.get("anycast")).isNotEmpty().allSatisfy(v -> assertThat(v.get("vantage").asText()).isEqualTo("gateway-bravo-bissotwo"));
    }

    private static List<String> names(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static List<JsonNode> fromInternet(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(v -> {
            if (v.get("vantage").asText().equals("internet")) {
                out.add(v);
            }
        });
        return out;
    }
}
