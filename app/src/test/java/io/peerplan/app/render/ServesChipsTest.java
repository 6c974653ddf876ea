package io.peerplan.app.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.app.diagram.Diagram;
import io.peerplan.app.diagram.DiagramBuilder;
import io.peerplan.app.diagram.RegionBox;
import io.peerplan.model.Layout;
import io.peerplan.model.Topology;
import io.peerplan.model.sample.Samples;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** A region's "serves" chips sit where they cover no card: under the region, else over it, else inside. */
class ServesChipsTest {

    @Test
    void underTheRegionWhenThatIsFree() throws Exception {
        Diagram d = DiagramBuilder.build(Samples.load("two-dc-anycast"));
        RegionBox alfa = d.region("alfa").orElseThrow();
        double[] at = SimulationPainter.chipsAt(d, alfa, 150);
        assertThat(at[1]).isGreaterThan(alfa.bounds().maxY());
        assertThat(d.cardsIn(at[0], at[1], 150, 18)).isEmpty();
    }

    @Test
    void elsewhereWhenCardsSitUnderIt() throws Exception {
        Topology t = Samples.load("two-dc-anycast");
        RegionBox alfa = DiagramBuilder.build(t).region("alfa").orElseThrow();
        // The provider Antares moved out of the region, right under its bottom edge, across its whole width.
        var positions = new TreeMap<>(t.layout().positions());
        positions.put("internet", new Layout.Point(alfa.bounds().x() - 20, alfa.bounds().maxY() + 6));
        positions.put("antares", new Layout.Point(alfa.bounds().centerX() - 40, alfa.bounds().maxY() + 6));
        Diagram d = DiagramBuilder.build(t.withLayout(new Layout(positions, t.layout().regions())));

        double[] at = SimulationPainter.chipsAt(d, alfa, 300);

        assertThat(d.cardsIn(at[0], at[1], 300, 18)).isEmpty();
        assertThat(at[1]).as("not under the region any more").isLessThan(alfa.bounds().maxY());
    }
}
