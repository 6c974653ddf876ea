package io.peerplan.app.diagram;

import io.peerplan.app.design.Footprint;

/** A region as drawn: a titled frame whose members are the cards inside it. */
public record RegionBox(String id, String title, String subtitle, Footprint bounds) {

    /** The strip along the top that grabs the region (the interior is canvas background). */
    public boolean inTitle(double x, double y) {
        return bounds.contains(x, y) && y <= bounds.y() + Footprint.REGION_TITLE;
    }

    /** Within {@code tolerance} of the frame's edge. */
    public boolean onBorder(double x, double y, double tolerance) {
        Footprint b = bounds;
        boolean inOuter = x >= b.x() - tolerance && x <= b.maxX() + tolerance && y >= b.y() - tolerance
                && y <= b.maxY() + tolerance;
        boolean inInner = x > b.x() + tolerance && x < b.maxX() - tolerance && y > b.y() + tolerance
                && y < b.maxY() - tolerance;
        return inOuter && !inInner;
    }
}
