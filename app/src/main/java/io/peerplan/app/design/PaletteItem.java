package io.peerplan.app.design;

import io.peerplan.icons.ElementIcon;

/** What the palette offers. Items marked {@link #insideCluster()} are dropped onto a cluster card. */
public enum PaletteItem {
    REGION("Region", "A site, datacenter or cloud pool; holds the elements dropped into it", ElementIcon.REGION),
    FRR_GATEWAY("FRR gateway", "A gateway router running FRR", ElementIcon.ROUTER),
    QUAGGA_GATEWAY("Quagga gateway", "A gateway running Quagga (OpenWrt): no BFD, no listen ranges", ElementIcon.ROUTER),
    ROUTEROS_GATEWAY("RouterOS gateway", "A MikroTik RouterOS v7 router", ElementIcon.ROUTER),
    PROVIDER_ROUTER("Provider router", "An upstream provider's eBGP router (not managed)", ElementIcon.PROVIDER),
    INTERNET_VANTAGE("Internet vantage", "Where clients stand: asks who serves each service IP", ElementIcon.VANTAGE),
    CLUSTER("Kubernetes cluster", "A cluster running MetalLB in BGP mode", ElementIcon.CLUSTER),
    NODE("Node", "A Kubernetes node (a MetalLB speaker); drop it onto a cluster", ElementIcon.NODE),
    NETWORK("Network", "An L3 subnet: a LAN or a link net", ElementIcon.NETWORK),
    ADDRESS_POOL("Address pool", "A MetalLB IPAddressPool; drop it onto a cluster", ElementIcon.POOL),
    SERVICE("Service", "A LoadBalancer service; drop it onto a cluster", ElementIcon.SERVICE);

    private final String label;
    private final String description;
    private final ElementIcon icon;

    PaletteItem(String label, String description, ElementIcon icon) {
        this.label = label;
        this.description = description;
        this.icon = icon;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public ElementIcon icon() {
        return icon;
    }

    /** Nodes, pools and services belong to a cluster and must be dropped onto one. */
    public boolean insideCluster() {
        return this == NODE || this == ADDRESS_POOL || this == SERVICE;
    }
}
