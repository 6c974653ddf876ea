package io.peerplan.app.render;

/**
 * Level of detail by zoom. Far out, text is unreadable and costs most of a frame, so cards become
 * plain boxes; the scale topology's 5,000 elements fit in a frame only because of this.
 */
public enum Detail {
    /** Boxes only (below 22 %). */
    BOXES,
    /** Icon and name (below 50 %). */
    TITLES,
    /** Everything: ASN, addresses, rows, link labels. */
    FULL;

    public static Detail at(double scale) {
        return scale < 0.22 ? BOXES : scale < 0.5 ? TITLES : FULL;
    }
}
