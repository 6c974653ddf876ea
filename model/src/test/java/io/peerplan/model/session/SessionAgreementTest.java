package io.peerplan.model.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.model.Topology;
import io.peerplan.model.generate.ScaleTopology;
import io.peerplan.model.generate.SessionVariations;
import io.peerplan.model.sample.Samples;
import io.peerplan.model.sim.Scenario;
import io.peerplan.model.sim.SessionState;
import io.peerplan.model.sim.Simulator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Validate and simulate read one session model: over every bundled sample and 60 seeded variations
 * of generated topologies (passwords, Go-duration timers, BFD, wrong AS numbers, shut-down
 * neighbors, narrowed listen ranges, low listen limits), the validator's "session comes up" ({@link Session#establishes()},
 * what its session graph and session rules use) equals the simulator's baseline state, session by
 * session, with the same reason when it does not.
 */
class SessionAgreementTest {
    private static final List<Boolean> VERDICTS = new ArrayList<>();
    private static final List<Boolean> LIMITED = new ArrayList<>();

    static Stream<Topology> designs() throws Exception {
        List<Topology> out = new ArrayList<>();
        for (String name : Samples.names()) {
            out.add(Samples.load(name));
        }
        LongStream.range(0, 60).forEach(seed -> out.add(SessionVariations.of(
                ScaleTopology.generate(new ScaleTopology.Spec(2 + (int) (seed % 3), 12, 4, 2, 10), seed), seed)));
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("designs")
    void validatorAndSimulatorAgreeSessionBySession(Topology t) {
        List<Session> model = Sessions.of(t).sessions();
        Map<String, SessionState> simulated = Simulator.run(t, Scenario.BASELINE).sessions().stream()
                .collect(Collectors.toMap(SessionState::id, Function.identity()));
        assertThat(simulated.keySet()).as("the simulator's sessions are the model's").containsExactlyInAnyOrderElementsOf(
                model.stream().map(Session::id).toList());
        for (Session s : model) {
            SessionState state = simulated.get(s.id());
            assertThat(state.up()).as("session %s: validate says %s", s.id(), s.whyDown()).isEqualTo(s.establishes());
            if (!s.establishes()) {
                assertThat(state.downReason()).isEqualTo(s.whyDown().getFirst());
                LIMITED.add(s.listenLimit() != null);
            }
            VERDICTS.add(s.establishes());
        }
    }

    /** The designs must exercise both verdicts, or agreement would prove nothing. */
    @AfterAll
    static void bothVerdictsOccur() {
        assertThat(VERDICTS).contains(true, false);
        assertThat(VERDICTS.stream().filter(up -> !up).count()).isGreaterThan(20);
        assertThat(LIMITED).as("some sessions refused by a listen limit").contains(true);
    }
}
