package io.peerplan.app.ui.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.model.Topology;
import io.peerplan.model.sample.Samples;
import io.peerplan.model.sim.Detection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The simulation view-model without the UI: results arrive through the executor it is given. */
class SimulationViewModelTest {
    private static final String ANYCAST = "203.0.113.70";
    private Topology topology;
    private SimulationViewModel model;

    @BeforeEach
    void setUp() throws Exception {
        topology = Samples.load("two-dc-anycast");
        model = new SimulationViewModel(() -> topology, Runnable::run);
        model.topologyChanged();
    }

    @AfterEach
    void tearDown() {
        model.close();
    }

    private SimulationSnapshot await(Predicate<SimulationSnapshot> done) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < end) {
            SimulationSnapshot s = model.snapshot();
            if (done.test(s)) {
                return s;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no snapshot; last: " + model.snapshot());
    }

    @Test
    void nothingRunsUntilSimulationModeIsOn() {
        assertThat(model.snapshot()).isSameAs(SimulationSnapshot.EMPTY);
        assertThat(model.vantages()).first().isEqualTo("internet");
        assertThat(model.knobs()).extracting(PrependKnob::routerId, PrependKnob::count)
                .contains(org.assertj.core.groups.Tuple.tuple("gateway-alfa-unoone", 1),
                        org.assertj.core.groups.Tuple.tuple("gateway-bravo-bissotwo", 3));
    }

    @Test
    void baselineServesTheAnycastIpFromAlfaAndMarksThePath() throws Exception {
        model.activeProperty().set(true);
        SimulationSnapshot s = await(x -> x.result() != null);
        assertThat(s.error()).isNull();
        assertThat(s.servedFrom(ANYCAST).orElseThrow().regions()).containsExactly("alfa");
        assertThat(s.marks().regionIps().get("alfa")).contains(ANYCAST);
        assertThat(s.marks().pathLinks()).containsKeys("antares-internet", "alfa-provider", "alfa-speakers");
        assertThat(s.marks().vantage()).isEqualTo("internet");
        assertThat(s.moves()).isEmpty();
    }

    @Test
    void failingAlfaMovesTheIpToBravoAndRestoringBringsItBack() throws Exception {
        model.activeProperty().set(true);
        await(x -> x.result() != null);
        model.toggleFailed("alfa");
        SimulationSnapshot s = await(x -> x.scenario().failed().contains("alfa") && x.result() != null);
        assertThat(s.servedFrom(ANYCAST).orElseThrow().regions()).containsExactly("bravo");
        assertThat(s.moves()).anyMatch(m -> m.from() != null && m.to() != null && m.from().regions().equals(List.of("alfa"))
                && m.to().regions().equals(List.of("bravo")));
        assertThat(s.marks().failed()).containsExactly("alfa");
        assertThat(s.result().recomputedPrefixes()).isLessThanOrEqualTo(s.result().prefixes().size());
        model.toggleFailed("alfa");
        s = await(x -> x.scenario().isBaseline() && x.result() != null);
        assertThat(s.servedFrom(ANYCAST).orElseThrow().regions()).containsExactly("alfa");
    }

    @Test
    void prependOverrideFlipsAndTheDesignCountRemovesIt() throws Exception {
        model.activeProperty().set(true);
        PrependKnob alfa = model.knobs().stream().filter(k -> k.routerId().equals("gateway-alfa-unoone")).findFirst().orElseThrow();
        model.setPrepend(alfa, 5);
        assertThat(model.prependCount(alfa)).isEqualTo(5);
        SimulationSnapshot s = await(x -> !x.scenario().prepends().isEmpty() && x.result() != null);
        assertThat(s.servedFrom(ANYCAST).orElseThrow().regions()).containsExactly("bravo");
        model.setPrepend(alfa, 1);
        assertThat(model.scenarioProperty().get().isBaseline()).isTrue();
    }

    @Test
    void failoverBudgetListsBfdOnTheServingSessions() throws Exception {
        model.activeProperty().set(true);
        SimulationSnapshot s = await(x -> x.result() != null);
        var budget = s.budgets().stream().filter(b -> b.serviceIp().toString().equals(ANYCAST)).findFirst().orElseThrow();
        assertThat(budget.sessions()).anyMatch(b -> b.detection().mechanism() == Detection.Mechanism.BFD);
        assertThat(budget.worst()).isPresent();
    }

    @Test
    void aDeletedFailedElementIsDroppedFromTheScenario() throws Exception {
        model.toggleFailed("no-such-element");
        model.topologyChanged();
        assertThat(model.scenarioProperty().get().failed()).isEmpty();
    }
}
