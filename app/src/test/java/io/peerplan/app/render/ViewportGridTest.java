package io.peerplan.app.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.peerplan.app.design.Footprint;
import io.peerplan.app.diagram.SpatialGrid;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ViewportGridTest {

    @Test
    void zoomKeepsThePointUnderTheCursorAndIsClamped() {
        Viewport v = new Viewport();
        v.set(1, 10, 20);
        double mx = v.toModelX(300);
        double my = v.toModelY(200);
        v.zoomAt(1.7, 300, 200);
        assertThat(v.toModelX(300)).isCloseTo(mx, within(1e-9));
        assertThat(v.toModelY(200)).isCloseTo(my, within(1e-9));
        v.zoomAt(1000, 0, 0);
        assertThat(v.scale()).isEqualTo(Viewport.MAX_SCALE);
        v.zoomAt(1e-9, 0, 0);
        assertThat(v.scale()).isEqualTo(Viewport.MIN_SCALE);
    }

    @Test
    void fitShowsTheWholeContentCentredAndNeverEnlarges() {
        Viewport v = new Viewport();
        v.fit(new Footprint(100, 100, 4000, 1000), 1000, 500, 20);
        Footprint visible = v.visible(1000, 500);
        assertThat(visible.x()).isLessThanOrEqualTo(100);
        assertThat(visible.maxX()).isGreaterThanOrEqualTo(4100);
        v.fit(new Footprint(0, 0, 10, 10), 1000, 500, 20);
        assertThat(v.scale()).isEqualTo(1);
    }

    @Test
    void spatialGridFindsExactlyWhatABruteForceScanFinds() {
        Random r = new Random(7);
        List<Footprint> items = new java.util.ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            items.add(new Footprint(r.nextDouble() * 20000 - 5000, r.nextDouble() * 20000 - 5000, 20 + r.nextDouble() * 400,
                    20 + r.nextDouble() * 300));
        }
        SpatialGrid grid = new SpatialGrid(items);
        for (int q = 0; q < 200; q++) {
            double x = r.nextDouble() * 20000 - 6000;
            double y = r.nextDouble() * 20000 - 6000;
            double w = r.nextDouble() * (q % 10 == 0 ? 30000 : 2000);
            double h = r.nextDouble() * 1500;
            int[] expected = java.util.stream.IntStream.range(0, items.size()).filter(i -> items.get(i).intersects(x, y, w, h))
                    .toArray();
            assertThat(grid.query(x, y, w, h)).containsExactly(expected);
        }
    }
}
