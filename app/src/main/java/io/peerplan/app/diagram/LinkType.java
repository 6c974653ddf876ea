package io.peerplan.app.diagram;

/** How a peering is drawn: eBGP solid, iBGP dashed, unknown (an end without an AS) dotted. */
public enum LinkType {
    EBGP("eBGP"), IBGP("iBGP"), UNKNOWN("BGP");

    private final String label;

    LinkType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
