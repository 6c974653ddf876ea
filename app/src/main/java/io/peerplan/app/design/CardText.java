package io.peerplan.app.design;

import io.peerplan.model.Asn;
import io.peerplan.model.BgpPeer;
import io.peerplan.model.Cluster;
import io.peerplan.model.Interface;
import io.peerplan.model.Network;
import io.peerplan.model.Node;
import io.peerplan.model.Router;
import io.peerplan.model.Vantage;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/**
 * The text a card shows (name; AS number and kind; addresses) and the card size it takes: a card
 * is at least its kind's usual size and grows to fit its text, up to a width where a longer card
 * would crowd its neighbours; past it, a router's address list wraps onto more lines (the card grows
 * down) and only a name longer than that is shortened (the card's tooltip has it whole). Widths come
 * from {@link TextWidths}, so the sizes are the same wherever the card is drawn.
 */
public record CardText(String title, String subtitle, String detail) {
    /** Inner padding of a card. */
    public static final double PAD = 8;
    /** Where the title starts: after the padding, the 20 px icon and a gap. */
    public static final double TEXT_LEFT = PAD + 20 + 6;
    /** Font sizes: title, subtitle and detail lines, cluster rows. */
    public static final double TITLE = 12;
    public static final double SMALL = 11;
    public static final double ROW = 10.5;
    /** One more line of a router's addresses. */
    public static final double LINE = 14;
    /** A cluster row's name starts after its 12 px icon and a gap. */
    public static final double ROW_INDENT = 16;
    /** Between a cluster row's name and its addresses. */
    public static final double COLUMN_GAP = 8;
    static final double MAX_CARD = 360;
    static final double MAX_NETWORK = 300;
    static final double MAX_CLUSTER = 440;

    public static CardText of(Object element) {
        return switch (element) {
            case Network n -> new CardText(n.name() != null ? n.name() : n.id(), n.cidr() == null ? "" : n.cidr().toString(),
                    n.kind() == null ? "" : n.kind().name().toLowerCase(Locale.ROOT));
            case Router r -> new CardText(r.displayName(), asLine(r.asn(), routerKind(r)), addresses(r.interfaces()));
            case Vantage v -> new CardText(v.displayName(), asLine(v.asn(), "vantage"), addresses(v.interfaces()));
            case Cluster c -> new CardText(c.displayName(), clusterLine(c), "");
            default -> throw new IllegalArgumentException("not placed on the canvas: " + element);
        };
    }

    /** A network's one line under its name: the prefix and the kind of network. */
    public String networkLine() {
        return detail.isEmpty() ? subtitle : subtitle + "  " + detail;
    }

    /** The card's size for this text: {width, height}. */
    static double[] size(Object element) {
        CardText t = of(element);
        double head = TEXT_LEFT + Math.max(TextWidths.width(t.title, TITLE, true), TextWidths.width(t.subtitle, SMALL, false))
                + PAD;
        return switch (element) {
            case Network n -> new double[] {fit(Footprint.NETWORK_WIDTH, Math.max(head, TEXT_LEFT + PAD
                    + TextWidths.width(t.networkLine(), SMALL, false)), MAX_NETWORK), Footprint.NETWORK_HEIGHT};
            case Cluster c -> {
                List<ClusterRows.Row> rows = ClusterRows.of(c);
                double column = nameColumn(rows);
                double widest = head;
                for (ClusterRows.Row r : rows) {
                    widest = Math.max(widest, 2 * PAD + ROW_INDENT + (r.icon() == null ? TextWidths.width(r.label(), ROW, false)
                            : column + COLUMN_GAP + TextWidths.width(r.detail(), ROW, false)));
                }
                yield new double[] {fit(Footprint.CLUSTER_WIDTH, widest, MAX_CLUSTER), Footprint.clusterHeight(c)};
            }
            default -> {
                double width = fit(Footprint.CARD_WIDTH, Math.max(head, 2 * PAD + TextWidths.width(t.detail, SMALL, false)),
                        MAX_CARD);
                yield new double[] {width, Footprint.ROUTER_HEIGHT + LINE * (Math.max(1, t.detailLines(width).size()) - 1)};
            }
        };
    }

    /** A router's or vantage's addresses as drawn on a card this wide: one line, or wrapped after commas. */
    public List<String> detailLines(double cardWidth) {
        return TextWidths.wrap(detail, cardWidth - 2 * PAD, SMALL, false, ", ");
    }

    /** The width of a cluster card's name column: its longest node, pool or service name. */
    public static double nameColumn(List<ClusterRows.Row> rows) {
        double w = 0;
        for (ClusterRows.Row r : rows) {
            if (r.icon() != null) {
                w = Math.max(w, TextWidths.width(r.label(), ROW, false));
            }
        }
        return w;
    }

    private static double fit(double least, double wanted, double most) {
        return Math.max(least, Math.min(most, Math.ceil(wanted)));
    }

    private static String routerKind(Router r) {
        String platform = r.platform() == null ? "?" : r.platform().label();
        String role = r.role() == null ? "" : " " + r.role().name().toLowerCase(Locale.ROOT);
        return platform + role;
    }

    private static String asLine(Asn asn, String what) {
        return (asn == null ? "AS ?" : "AS " + asn.value()) + " · " + what;
    }

    private static String clusterLine(Cluster c) {
        Set<Long> asns = c.metallb().peers().stream().map(BgpPeer::myASN).filter(a -> a != null)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        String as = asns.isEmpty() ? "AS ?" : "AS " + asns.stream().map(String::valueOf).collect(Collectors.joining(", "));
        long speakers = c.nodes().stream().filter(Node::isSpeaker).count();
        return as + " · " + speaker(c) + " · " + speakers + "/" + c.nodes().size() + " speakers";
    }

    /** MetalLB's backend (frr, native, frr-k8s), or the speaker when it is not MetalLB ("frr-k8s only", "cilium"). */
    private static String speaker(Cluster c) {
        return switch (c.effectiveSpeaker()) {
            case METALLB -> c.effectiveBackend().name().toLowerCase(Locale.ROOT).replace('_', '-');
            case FRR_K8S -> "frr-k8s only";
            case CILIUM -> "cilium";
        };
    }

    private static String addresses(List<Interface> interfaces) {
        StringJoiner j = new StringJoiner(", ");
        interfaces.forEach(i -> j.add(i.address().ip().toString()));
        return j.toString();
    }
}
