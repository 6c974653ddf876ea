package io.peerplan.app.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.app.design.Footprint;
import io.peerplan.app.diagram.Card;
import io.peerplan.app.diagram.Diagram;
import io.peerplan.app.diagram.DiagramBuilder;
import io.peerplan.model.io.ProjectLoadException;
import io.peerplan.model.sample.Samples;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PickerTest {
    private Diagram d;

    @BeforeEach
    void build() throws ProjectLoadException {
        d = DiagramBuilder.build(Samples.load("two-dc-anycast"));
    }

    @Test
    void picksCardsRowsLinksAndRegionFramesNotTheRegionInterior() {
        Card gw = d.card("gateway-alfa-unoone").orElseThrow();
        assertThat(Picker.pick(d, gw.bounds().centerX(), gw.bounds().centerY(), 1, Set.of(), null))
                .isEqualTo(new Picker.Pick(Picker.Target.CARD, "gateway-alfa-unoone", "gateway-alfa-unoone"));
        Card cluster = d.card("k8s-alfa").orElseThrow();
        double rowY = cluster.rowY(1) + 5;
        assertThat(Picker.pick(d, cluster.bounds().x() + 30, rowY, 1, Set.of(), null).key()).isEqualTo("alfa-worker-1");
        double[] peering = middleOfAlfaProvider();
        assertThat(Picker.pick(d, peering[0], peering[1], 1, Set.of(), null).key()).isEqualTo("alfa-provider");
        assertThat(Picker.pick(d, 300, 210, 1, Set.of(), null).target()).isEqualTo(Picker.Target.REGION);
        assertThat(Picker.pick(d, 60, 250, 1, Set.of(), null)).isEqualTo(Picker.Pick.NONE);
    }

    @Test
    void portAndResizeHandleOnlyWhenShown() {
        Footprint gw = d.card("gateway-alfa-unoone").orElseThrow().bounds();
        assertThat(Picker.pick(d, gw.maxX() + 3, gw.centerY(), 1, Set.of(), null).target()).isNotEqualTo(Picker.Target.PORT);
        assertThat(Picker.pick(d, gw.maxX() + 3, gw.centerY(), 1, Set.of(), "gateway-alfa-unoone").target())
                .isEqualTo(Picker.Target.PORT);
        Footprint alfa = d.region("alfa").orElseThrow().bounds();
        assertThat(Picker.pick(d, alfa.maxX(), alfa.maxY(), 1, Set.of("alfa"), null).target()).isEqualTo(Picker.Target.RESIZE);
        assertThat(Picker.pick(d, alfa.maxX(), alfa.maxY(), 1, Set.of(), null).target()).isEqualTo(Picker.Target.REGION);
    }

    @Test
    void tolerancesAreInScreenPixels() {
        double[] peering = middleOfAlfaProvider();
        assertThat(Picker.pick(d, peering[0] + 5, peering[1], 1, Set.of(), null).key()).isEqualTo("alfa-provider");
        assertThat(Picker.pick(d, peering[0] + 5, peering[1], 4, Set.of(), null)).as("5 model units are 20 px at 400 %")
                .isEqualTo(Picker.Pick.NONE);
    }

    /** The middle of the peering Antares–gateway-alfa-unoone, a line between the two cards' centres. */
    private double[] middleOfAlfaProvider() {
        Footprint a = d.card("antares").orElseThrow().bounds();
        Footprint b = d.card("gateway-alfa-unoone").orElseThrow().bounds();
        return new double[] {(a.centerX() + b.centerX()) / 2, (a.centerY() + b.centerY()) / 2};
    }
}
