package io.peerplan.app.ui.vm;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.model.io.ProjectLoadException;
import io.peerplan.model.sample.Samples;
import java.util.List;
import org.junit.jupiter.api.Test;

class SelectionModelTest {

    @Test
    void toggleAddsAndRemovesAndSingleNeedsExactlyOne() {
        SelectionModel s = new SelectionModel();
        s.toggle("a");
        assertThat(s.single()).isEqualTo("a");
        s.toggle("b");
        assertThat(s.keys()).containsExactly("a", "b");
        assertThat(s.single()).isNull();
        s.toggle("a");
        assertThat(s.keys()).containsExactly("b");
    }

    @Test
    void pruneKeepsOnlyExistingKeysIncludingPoolsAndServices() throws ProjectLoadException {
        SelectionModel s = new SelectionModel();
        s.select(List.of("antares", "gone", "k8s-alfa/pool/anycast-pool", "k8s-alfa/service/default/nope"));
        s.prune(Samples.load("two-dc-anycast"));
        assertThat(s.keys()).containsExactly("antares", "k8s-alfa/pool/anycast-pool");
    }

    @Test
    void selectingTheSameSetDoesNotNotify() {
        SelectionModel s = new SelectionModel();
        int[] changes = {0};
        s.keysProperty().addListener((o, a, b) -> changes[0]++);
        s.select(List.of("a", "b"));
        s.select(List.of("a", "b"));
        assertThat(changes[0]).isEqualTo(1);
    }
}
