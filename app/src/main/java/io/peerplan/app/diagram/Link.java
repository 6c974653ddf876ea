package io.peerplan.app.diagram;

/**
 * A peering as drawn between two cards.
 *
 * @param lane     offset index among the peerings between the same two cards (0 for a single one),
 *                 so that seed 002's one-neighbor-per-node sessions show as parallel lines
 * @param lanes    how many peerings join the same two cards
 * @param multihop the eBGP multihop TTL either end sets, or 0
 */
public record Link(String id, String from, String to, LinkType type, boolean bfd, int multihop, int lane, int lanes) {

    /** The label at the link's middle: "eBGP · BFD · multihop 255". */
    public String label() {
        StringBuilder b = new StringBuilder(type.label());
        if (bfd) {
            b.append(" · BFD");
        }
        if (multihop > 0) {
            b.append(" · multihop");
            if (multihop != 255) {
                b.append(' ').append(multihop);
            }
        }
        return b.toString();
    }

    /** Perpendicular offset of this lane in model units. */
    public double laneOffset() {
        return (lane - (lanes - 1) / 2.0) * 10;
    }
}
