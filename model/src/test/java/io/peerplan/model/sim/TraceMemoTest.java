package io.peerplan.model.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.model.sim.ServingAnalysis.Trace;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** TraceMemo keeps what a map over (prefix, speaker) keeps, through its tables' growth. */
class TraceMemoTest {

    @Test
    void answersAsAMapOverEveryPair() {
        TraceMemo memo = new TraceMemo(50);
        Map<Long, Trace> expected = new HashMap<>();
        Random random = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            int prefix = random.nextInt(50);
            int speaker = random.nextInt(i % 3 == 0 ? 21_000 : 64);
            Trace t = new Trace(new int[] {i}, SortedInts.EMPTY);
            memo.put(prefix, speaker, t);
            expected.put((long) prefix << 32 | speaker, t);
        }
        for (int prefix = 0; prefix < 50; prefix++) {
            for (int speaker = 0; speaker < 21_000; speaker++) {
                assertThat(memo.get(prefix, speaker)).isSameAs(expected.get((long) prefix << 32 | speaker));
            }
        }
        assertThat(new TraceMemo(3).get(2, 0)).isNull();
    }
}
