package io.peerplan.model.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.model.Peering;
import io.peerplan.model.Topology;
import io.peerplan.model.sample.Samples;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A design the user is still drawing (a peering with one end) validates like the rest of it. */
class PartialDesignTest {

    @Test
    void aPeeringWithoutItsSecondEndIsLeftOut() throws Exception {
        Topology t = Samples.load("two-dc-anycast");
        List<Peering> peerings = new ArrayList<>(t.peerings());
        Peering first = peerings.getFirst();
        peerings.add(new Peering("drawing", first.a(), null, null));
        List<Finding> findings = Validator.validate(t.withPeerings(peerings));
        assertThat(findings).noneMatch(f -> f.message().startsWith("Peerplan could not finish"));
        assertThat(findings).isEqualTo(Validator.validate(t));
    }
}
