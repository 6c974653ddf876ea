package io.peerplan.app.diagram;

/** A card sits on a network: a router's or vantage's interface, or a cluster's nodes. Drawn thin and dotted. */
public record Attachment(String card, String network) {
}
