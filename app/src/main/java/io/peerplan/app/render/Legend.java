package io.peerplan.app.render;

import io.peerplan.app.diagram.Diagram;
import io.peerplan.app.diagram.Link;
import io.peerplan.app.diagram.LinkType;
import java.util.ArrayList;
import java.util.List;

/**
 * What the drawing's styles and colours mean, listing only what this diagram uses: the line of
 * each session type, BFD, network attachments, finding badges, region tint and, in simulation
 * mode, each service IP's path colour, failures and the vantage. The same entries are drawn on
 * screen and into exports ({@link LegendPainter}), so the two cannot disagree; the colours come
 * from the theme and the painters' own constants.
 */
public record Legend(List<Entry> entries) {
    /** How an entry's sample is drawn. */
    public enum Swatch { SOLID, DASHED, DOTTED, THICK, CHIP, BADGE, AREA, OUTLINE }

    /** One row: a sample in a colour, and what it means. */
    public record Entry(Swatch swatch, Rgb colour, String text) {
    }

    public Legend {
        entries = List.copyOf(entries);
    }

    public static Legend of(Diagram d, Marks marks, SimulationMarks sim, DiagramTheme theme) {
        List<Entry> out = new ArrayList<>();
        List<Link> links = d.links();
        if (links.stream().anyMatch(l -> l.type() == LinkType.EBGP)) {
            out.add(new Entry(Swatch.SOLID, theme.ebgp(), "eBGP session (ends in different ASes)"));
        }
        if (links.stream().anyMatch(l -> l.type() == LinkType.IBGP)) {
            out.add(new Entry(Swatch.DASHED, theme.ibgp(), "iBGP session (both ends in one AS)"));
        }
        if (links.stream().anyMatch(l -> l.type() == LinkType.UNKNOWN)) {
            out.add(new Entry(Swatch.DOTTED, theme.unknown(), "BGP session, an end's AS not set yet"));
        }
        if (links.stream().anyMatch(Link::bfd)) {
            out.add(new Entry(Swatch.CHIP, theme.muted(), "BFD: the label names it when either end runs BFD"));
        }
        if (!d.attachments().isEmpty()) {
            out.add(new Entry(Swatch.DOTTED, theme.attachment(), "attached to a network (an address in it)"));
        }
        if (!d.regions().isEmpty()) {
            out.add(new Entry(Swatch.AREA, theme.regionStroke(), "region: a datacenter or site"));
        }
        if (marks.hasAny(Marks.Level.ERROR)) {
            out.add(new Entry(Swatch.BADGE, theme.error(), "findings on the element, the worst an error"));
        }
        if (marks.hasAny(Marks.Level.WARNING)) {
            out.add(new Entry(Swatch.BADGE, theme.warning(), "findings on the element, the worst a warning"));
        }
        if (marks.hasAny(Marks.Level.INFO)) {
            out.add(new Entry(Swatch.BADGE, theme.info(), "notes on the element"));
        }
        if (sim.vantage() != null) {
            out.add(new Entry(Swatch.OUTLINE, theme.accent(), "vantage: traffic is followed from here"));
        }
        for (String ip : sim.ipOrder()) {
            out.add(new Entry(Swatch.THICK, sim.colour(ip), "path of traffic to " + ip + "; tints the region serving it"));
        }
        if (!sim.failed().isEmpty()) {
            out.add(new Entry(Swatch.AREA, SimulationPainter.GREY, "failed in the what-if"));
        }
        return new Legend(out);
    }
}
