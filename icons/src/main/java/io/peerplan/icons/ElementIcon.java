package io.peerplan.icons;

/**
 * One icon per element kind, as SVG path data on a 24×24 grid. Icons are drawn with the theme's
 * foreground colour, so they read in light and dark themes alike.
 */
public enum ElementIcon {
    /** A rounded frame: a site or datacenter. */
    REGION("M3 5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2zm2 0v14h14V5z"),
    /** A circle with four arrows: a router. */
    ROUTER("M12 2a10 10 0 1 0 0 20a10 10 0 0 0 0-20zm0 2l3 3h-2v3h-2V7H9zm0 16l-3-3h2v-3h2v3h2zM4 12l3-3v2h3v2H7v2zm16 0l-3 3v-2h-3v-2h3V9z"),
    /** A cloud: an upstream provider. */
    PROVIDER("M6.5 19a4.5 4.5 0 0 1-.5-8.97A6 6 0 0 1 17.7 8.5 4.5 4.5 0 0 1 18 19z"),
    /** A globe: the Internet vantage. */
    VANTAGE("M12 2a10 10 0 1 0 0 20a10 10 0 0 0 0-20zm0 2c1.2 1.5 2 3.6 2.2 7H9.8C10 7.6 10.8 5.5 12 4zM4.1 13h3.7c.1 2.6.7 4.8 1.6 6.3A8 8 0 0 1 4.1 13zm0-2a8 8 0 0 1 5.3-6.3c-.9 1.5-1.5 3.7-1.6 6.3zm5.7 2h4.4c-.2 3.4-1 5.5-2.2 7-1.2-1.5-2-3.6-2.2-7zm6.4 0h3.7a8 8 0 0 1-5.3 6.3c.9-1.5 1.5-3.7 1.6-6.3zm0-2c-.1-2.6-.7-4.8-1.6-6.3A8 8 0 0 1 19.9 11z"),
    /** A heptagon: a Kubernetes cluster. */
    CLUSTER("M12 2l7.8 3.8 1.9 8.4-5.4 6.8H7.7l-5.4-6.8 1.9-8.4zm0 2.2L5.9 7.1l-1.5 6.6 4.2 5.3h6.8l4.2-5.3-1.5-6.6z"),
    /** A server box: a Kubernetes node. */
    NODE("M4 4h16v6H4zm0 10h16v6H4zm2-8v2h2V6zm0 10v2h2v-2z"),
    /** Three connected dots: an L3 network. */
    NETWORK("M3 11h18v2H3zm2-4a2 2 0 1 1 0 4a2 2 0 0 1 0-4zm7 0a2 2 0 1 1 0 4a2 2 0 0 1 0-4zm7 0a2 2 0 1 1 0 4a2 2 0 0 1 0-4z"),
    /** Stacked bars: an address pool. */
    POOL("M4 5h16v3H4zm0 5.5h16v3H4zM4 16h16v3H4z"),
    /** A play-like triangle in a circle: a LoadBalancer service. */
    SERVICE("M12 2a10 10 0 1 0 0 20a10 10 0 0 0 0-20zm-2 5l6 5-6 5z"),
    /** A link between two dots: a peering. */
    PEERING("M5 17a2 2 0 1 1 0-4a2 2 0 0 1 0 4zm14-6a2 2 0 1 1 0-4a2 2 0 0 1 0 4zM6.7 14.3l10.6-5.3.9 1.8-10.6 5.3z");

    private final String svgPath;

    ElementIcon(String svgPath) {
        this.svgPath = svgPath;
    }

    /** SVG path data on a 24×24 grid. */
    public String svgPath() {
        return svgPath;
    }

    /** A standalone SVG document in the given colour (CSS colour text), e.g. for diagram export. */
    public String toSvg(String color) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 24 24\"><path fill=\"" + color + "\" d=\"" + svgPath + "\"/></svg>";
    }
}
