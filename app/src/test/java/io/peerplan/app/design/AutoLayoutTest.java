package io.peerplan.app.design;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.model.Layout;
import io.peerplan.model.Topology;
import java.util.List;
import org.junit.jupiter.api.Test;

class AutoLayoutTest {

    @Test
    void laysOutASampleWithoutLayoutWithoutOverlapsAndKeepsMembersInTheirRegions() {
        Topology bare = Fixtures.sample("two-dc-anycast").withLayout(Layout.EMPTY);
        assertThat(AutoLayout.needed(bare)).isTrue();
        Topology t = AutoLayout.all(bare);
        assertThat(AutoLayout.needed(t)).isFalse();
        List<Placed> placed = Placed.all(t);
        for (int i = 0; i < placed.size(); i++) {
            Footprint a = placed.get(i).footprint(t);
            for (int j = i + 1; j < placed.size(); j++) {
                Footprint b = placed.get(j).footprint(t);
                assertThat(a.intersects(b.x(), b.y(), b.width(), b.height()))
                        .as(placed.get(i).id() + " overlaps " + placed.get(j).id()).isFalse();
            }
            String region = Membership.regionAt(t, a.centerX(), a.centerY());
            assertThat(region).as(placed.get(i).id()).isEqualTo(placed.get(i).region());
        }
        Fixtures.roundTrips(t);
    }

    @Test
    void keepsAHandLayoutAndPlacesOnlyWhatIsMissing() {
        Topology sample = Fixtures.sample("two-dc-anycast");
        assertThat(sample.layout().positions()).doesNotContainKey("internet-antares");
        Topology t = AutoLayout.ifNeeded(sample);
        assertThat(AutoLayout.needed(t)).isFalse();
        sample.layout().positions().forEach((id, p) -> assertThat(t.layout().positions().get(id)).isEqualTo(p));
        assertThat(t.layout().regions()).isEqualTo(sample.layout().regions());
        Footprint a = Footprint.of(t, t.networks().get(4), "internet-antares");
        Footprint b = Footprint.of(t, t.networks().get(5), "internet-betelgeuse");
        assertThat(a.intersects(b.x(), b.y(), b.width(), b.height())).isFalse();
        assertThat(Membership.regionAt(t, a.centerX(), a.centerY())).isNull();
    }

    @Test
    void isDeterministic() {
        Topology bare = Fixtures.sample("mikrotik-core").withLayout(Layout.EMPTY);
        assertThat(AutoLayout.all(bare)).isEqualTo(AutoLayout.all(bare));
    }

    @Test
    void handlesEmptyAndSingleElementDesigns() {
        assertThat(AutoLayout.all(Topology.empty("e")).layout()).isEqualTo(Layout.EMPTY);
        Topology one = Placement.place(Topology.empty("one"), PaletteItem.FRR_GATEWAY, 0, 0).topology().withLayout(Layout.EMPTY);
        assertThat(AutoLayout.all(one).layout().positions()).containsOnlyKeys("gateway-1");
    }
}
