package io.peerplan.model.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.model.Topology;
import io.peerplan.model.sample.Samples;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The validator is a pure function: called from several threads at once it gives each the same answer. */
class ValidatorThreadsTest {

    @Test
    void concurrentCallsAgree() throws Exception {
        List<Topology> topologies = new ArrayList<>();
        for (String name : Samples.names()) {
            topologies.add(Samples.load(name));
        }
        List<List<Finding>> expected = topologies.stream().map(Validator::validate).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                int k = i % topologies.size();
                runs.add(pool.submit(() -> Validator.validate(topologies.get(k)).equals(expected.get(k))));
            }
            for (Future<Boolean> f : runs) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
