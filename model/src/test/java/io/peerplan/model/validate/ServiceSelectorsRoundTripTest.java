package io.peerplan.model.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.model.BgpAdvertisement;
import io.peerplan.model.Topology;
import io.peerplan.model.io.ProjectCodec;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The one model field the validator added, BGPAdvertisement serviceSelectors, is read, written and read back. */
class ServiceSelectorsRoundTripTest {

    @Test
    void serviceSelectorsSurviveTheProjectFormat() throws Exception {
        Topology t = Fixture.sample("two-dc-anycast")
                .set("/clusters/0/metallb/advertisements/0/serviceSelectors", "[{matchLabels: {app: echo}}]").topology();
        BgpAdvertisement ad = t.clusters().getFirst().metallb().advertisements().getFirst();
        assertThat(ad.serviceSelectors()).singleElement().satisfies(s -> assertThat(s.matchLabels()).containsEntry("app", "echo"));
        String yaml = ProjectCodec.write(t);
        assertThat(yaml).contains("serviceSelectors:");
        assertThat(ProjectCodec.read("again", yaml.getBytes(StandardCharsets.UTF_8))).isEqualTo(t);
        BgpAdvertisement old = new BgpAdvertisement("a", null, null, null, null, null, null, null, null);
        assertThat(old.serviceSelectors()).isEmpty();
    }
}
