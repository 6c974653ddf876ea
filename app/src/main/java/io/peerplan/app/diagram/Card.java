package io.peerplan.app.diagram;

import io.peerplan.app.design.CardText;
import io.peerplan.app.design.ClusterRows;
import io.peerplan.app.design.Footprint;
import io.peerplan.app.design.Kind;
import io.peerplan.icons.ElementIcon;
import java.util.List;

/**
 * A placed element as drawn: its footprint and the text it shows (name, ASN and platform,
 * addresses), plus a cluster's rows. Built once per topology change, read every frame.
 *
 * @param region the id of the region the element belongs to, or null
 */
public record Card(String id, Kind kind, String region, Footprint bounds, ElementIcon icon, String title,
        String subtitle, String detail, List<ClusterRows.Row> rows) {

    public Card {
        rows = List.copyOf(rows);
    }

    /** The row under a model point, or null (header and padding are not rows). */
    public ClusterRows.Row rowAt(double x, double y) {
        if (rows.isEmpty() || !bounds.contains(x, y)) {
            return null;
        }
        int i = (int) Math.floor((y - bounds.y() - Footprint.CLUSTER_HEADER) / Footprint.ROW_HEIGHT);
        return i >= 0 && i < rows.size() ? rows.get(i) : null;
    }

    /** The addresses as drawn: one line, or wrapped after commas to the card's width (see {@link CardText}). */
    public List<String> detailLines() {
        return new CardText(title, subtitle, detail).detailLines(bounds.width());
    }

    /** Top of row i in model units. */
    public double rowY(int i) {
        return bounds.y() + Footprint.CLUSTER_HEADER + i * Footprint.ROW_HEIGHT;
    }
}
