package io.peerplan.model;

/**
 * One end's own BGP neighbor settings, as a router's config holds them for one session or for a
 * peer-group. Every field is optional (null = not configured, so the platform default or the
 * peer-group value applies); mismatches with the other end are kept as written, for the validator
 * to report.
 *
 * @param remoteAs        {@code neighbor X remote-as}: a number, or FRR's {@code internal}/{@code external}
 * @param localAs         {@code neighbor X local-as N}
 * @param peerGroup       the peer-group this neighbor belongs to
 * @param interfaceName   {@code neighbor X interface IF} (seed 000) — the interface the session is bound to
 * @param updateSource    {@code neighbor X update-source IF|IP}
 * @param ebgpMultihop    {@code neighbor X ebgp-multihop N}; FRR shows a bare keyword as 255
 * @param bfd             {@code neighbor X bfd}
 * @param bfdProfile      {@code neighbor X bfd profile NAME}
 * @param passwordRef     the name of a secret holding the TCP-MD5 password; never the password itself
 * @param allowasIn       {@code neighbor X allowas-in N}
 * @param defaultOriginate {@code neighbor X default-originate} (how providers send the default route)
 * @param weight          {@code neighbor X weight N}: applied to every route received from the peer
 */
public record NeighborConfig(
        String remoteAs,
        Long localAs,
        String peerGroup,
        String description,
        String interfaceName,
        String updateSource,
        Integer ebgpMultihop,
        Boolean bfd,
        String bfdProfile,
        Integer keepalive,
        Integer hold,
        String passwordRef,
        String prefixListIn,
        String prefixListOut,
        String routeMapIn,
        String routeMapOut,
        Integer allowasIn,
        Boolean routeReflectorClient,
        Boolean nextHopSelf,
        Boolean defaultOriginate,
        Integer weight,
        Integer port,
        Boolean shutdown) {

    public static final NeighborConfig EMPTY = new NeighborConfig(null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    /** A neighbor with just a remote AS. */
    public static NeighborConfig remoteAs(String remoteAs) {
        return EMPTY.withRemoteAs(remoteAs);
    }

    /** This config with every unset field taken from {@code base} (peer-group inheritance, as FRR does). */
    public NeighborConfig inheriting(NeighborConfig base) {
        if (base == null) {
            return this;
        }
        return new NeighborConfig(or(remoteAs, base.remoteAs), or(localAs, base.localAs), or(peerGroup, base.peerGroup),
                or(description, base.description), or(interfaceName, base.interfaceName),
                or(updateSource, base.updateSource), or(ebgpMultihop, base.ebgpMultihop), or(bfd, base.bfd),
                or(bfdProfile, base.bfdProfile), or(keepalive, base.keepalive), or(hold, base.hold),
                or(passwordRef, base.passwordRef), or(prefixListIn, base.prefixListIn),
                or(prefixListOut, base.prefixListOut), or(routeMapIn, base.routeMapIn),
                or(routeMapOut, base.routeMapOut), or(allowasIn, base.allowasIn),
                or(routeReflectorClient, base.routeReflectorClient), or(nextHopSelf, base.nextHopSelf),
                or(defaultOriginate, base.defaultOriginate), or(weight, base.weight), or(port, base.port),
                or(shutdown, base.shutdown));
    }

    public NeighborConfig withRemoteAs(String value) {
        return new NeighborConfig(value, localAs, peerGroup, description, interfaceName, updateSource, ebgpMultihop,
                bfd, bfdProfile, keepalive, hold, passwordRef, prefixListIn, prefixListOut, routeMapIn, routeMapOut,
                allowasIn, routeReflectorClient, nextHopSelf, defaultOriginate, weight, port, shutdown);
    }

    /** True when BFD is requested for this session ({@code neighbor X bfd} or a BFD profile). */
    /**
     * True when nothing but the peer group is set: all a listen-range end may carry, since FRR writes
     * per-session settings only on neighbors it knows by address. Written out rather than as
     * {@code EMPTY.equals(...)}: a record's equals is linked at run time
     * (java.lang.runtime.ObjectMethods::bootstrap, which JDK 25's AOT cache does not keep) and, over
     * these 23 components, spun seven method-handle classes in every command that read a design.
     * NeighborConfigTest holds it to that equals for every component.
     */
    public boolean setsOnlyPeerGroup() {
        for (Object v : new Object[] {remoteAs, localAs, description, interfaceName, updateSource, ebgpMultihop, bfd,
                bfdProfile, keepalive, hold, passwordRef, prefixListIn, prefixListOut, routeMapIn, routeMapOut, allowasIn,
                routeReflectorClient, nextHopSelf, defaultOriginate, weight, port, shutdown}) {
            if (v != null) {
                return false;
            }
        }
        return true;
    }

    public boolean bfdEnabled() {
        return Boolean.TRUE.equals(bfd) || bfdProfile != null;
    }

    /** True when some inbound filter exists (RFC 8212 / FRR {@code bgp_inbound_policy_exists}). */
    public boolean hasInboundPolicy() {
        return prefixListIn != null || routeMapIn != null;
    }

    /** True when some outbound filter exists (FRR {@code bgp_outbound_policy_exists}). */
    public boolean hasOutboundPolicy() {
        return prefixListOut != null || routeMapOut != null;
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }

    // Typed copies with one component replaced, for the designer's edits (WithersTest pins each
    // to its own component: a positional slip in these constructor calls would otherwise compile).
    public NeighborConfig withLocalAs(Long value) {
        return new NeighborConfig(remoteAs, value, peerGroup, description, interfaceName, updateSource, ebgpMultihop,
                bfd, bfdProfile, keepalive, hold, passwordRef, prefixListIn, prefixListOut, routeMapIn, routeMapOut,
                allowasIn, routeReflectorClient, nextHopSelf, defaultOriginate, weight, port, shutdown);
    }

    public NeighborConfig withPeerGroup(String value) {
        return new NeighborConfig(remoteAs, localAs, value, description, interfaceName, updateSource, ebgpMultihop, bfd,
                bfdProfile, keepalive, hold, passwordRef, prefixListIn, prefixListOut, routeMapIn, routeMapOut,
                allowasIn, routeReflectorClient, nextHopSelf, defaultOriginate, weight, port, shutdown);
    }

    public NeighborConfig withUpdateSource(String value) {
        return new NeighborConfig(remoteAs, localAs, peerGroup, description, interfaceName, value, ebgpMultihop, bfd,
                bfdProfile, keepalive, hold, passwordRef, prefixListIn, prefixListOut, routeMapIn, routeMapOut,
                allowasIn, routeReflectorClient, nextHopSelf, defaultOriginate, weight, port, shutdown);
    }

    public NeighborConfig withEbgpMultihop(Integer value) {
        return new NeighborConfig(remoteAs, localAs, peerGroup, description, interfaceName, updateSource, value, bfd,
                bfdProfile, keepalive, hold, passwordRef, prefixListIn, prefixListOut, routeMapIn, routeMapOut,
                allowasIn, routeReflectorClient, nextHopSelf, defaultOriginate, weight, port, shutdown);
    }

    public NeighborConfig withBfd(Boolean value) {
        return new NeighborConfig(remoteAs, localAs, peerGroup, description, interfaceName, updateSource, ebgpMultihop,
                value, bfdProfile, keepalive, hold, passwordRef, prefixListIn, prefixListOut, routeMapIn, routeMapOut,
                allowasIn, routeReflectorClient, nextHopSelf, defaultOriginate, weight, port, shutdown);
    }

    public NeighborConfig withBfdProfile(String value) {
        return new NeighborConfig(remoteAs, localAs, peerGroup, description, interfaceName, updateSource, ebgpMultihop,
                bfd, value, keepalive, hold, passwordRef, prefixListIn, prefixListOut, routeMapIn, routeMapOut,
                allowasIn, routeReflectorClient, nextHopSelf, defaultOriginate, weight, port, shutdown);
    }

    public NeighborConfig withPasswordRef(String value) {
        return new NeighborConfig(remoteAs, localAs, peerGroup, description, interfaceName, updateSource, ebgpMultihop,
                bfd, bfdProfile, keepalive, hold, value, prefixListIn, prefixListOut, routeMapIn, routeMapOut,
                allowasIn, routeReflectorClient, nextHopSelf, defaultOriginate, weight, port, shutdown);
    }

    public NeighborConfig withPrefixListIn(String value) {
        return new NeighborConfig(remoteAs, localAs, peerGroup, description, interfaceName, updateSource, ebgpMultihop,
                bfd, bfdProfile, keepalive, hold, passwordRef, value, prefixListOut, routeMapIn, routeMapOut, allowasIn,
                routeReflectorClient, nextHopSelf, defaultOriginate, weight, port, shutdown);
    }

    public NeighborConfig withPrefixListOut(String value) {
        return new NeighborConfig(remoteAs, localAs, peerGroup, description, interfaceName, updateSource, ebgpMultihop,
                bfd, bfdProfile, keepalive, hold, passwordRef, prefixListIn, value, routeMapIn, routeMapOut, allowasIn,
                routeReflectorClient, nextHopSelf, defaultOriginate, weight, port, shutdown);
    }

    public NeighborConfig withRouteMapIn(String value) {
        return new NeighborConfig(remoteAs, localAs, peerGroup, description, interfaceName, updateSource, ebgpMultihop,
                bfd, bfdProfile, keepalive, hold, passwordRef, prefixListIn, prefixListOut, value, routeMapOut,
                allowasIn, routeReflectorClient, nextHopSelf, defaultOriginate, weight, port, shutdown);
    }

    public NeighborConfig withRouteMapOut(String value) {
        return new NeighborConfig(remoteAs, localAs, peerGroup, description, interfaceName, updateSource, ebgpMultihop,
                bfd, bfdProfile, keepalive, hold, passwordRef, prefixListIn, prefixListOut, routeMapIn, value,
                allowasIn, routeReflectorClient, nextHopSelf, defaultOriginate, weight, port, shutdown);
    }

    public NeighborConfig withDefaultOriginate(Boolean value) {
        return new NeighborConfig(remoteAs, localAs, peerGroup, description, interfaceName, updateSource, ebgpMultihop,
                bfd, bfdProfile, keepalive, hold, passwordRef, prefixListIn, prefixListOut, routeMapIn, routeMapOut,
                allowasIn, routeReflectorClient, nextHopSelf, value, weight, port, shutdown);
    }

    public NeighborConfig withDescription(String value) {
        return new NeighborConfig(remoteAs, localAs, peerGroup, value, interfaceName, updateSource, ebgpMultihop, bfd,
                bfdProfile, keepalive, hold, passwordRef, prefixListIn, prefixListOut, routeMapIn, routeMapOut,
                allowasIn, routeReflectorClient, nextHopSelf, defaultOriginate, weight, port, shutdown);
    }

    public NeighborConfig withInterfaceName(String value) {
        return new NeighborConfig(remoteAs, localAs, peerGroup, description, value, updateSource, ebgpMultihop, bfd,
                bfdProfile, keepalive, hold, passwordRef, prefixListIn, prefixListOut, routeMapIn, routeMapOut,
                allowasIn, routeReflectorClient, nextHopSelf, defaultOriginate, weight, port, shutdown);
    }

    public NeighborConfig withKeepalive(Integer value) {
        return new NeighborConfig(remoteAs, localAs, peerGroup, description, interfaceName, updateSource,
                ebgpMultihop, bfd, bfdProfile, value, hold, passwordRef, prefixListIn, prefixListOut, routeMapIn,
                routeMapOut, allowasIn, routeReflectorClient, nextHopSelf, defaultOriginate, weight, port, shutdown);
    }

    public NeighborConfig withHold(Integer value) {
        return new NeighborConfig(remoteAs, localAs, peerGroup, description, interfaceName, updateSource,
                ebgpMultihop, bfd, bfdProfile, keepalive, value, passwordRef, prefixListIn, prefixListOut, routeMapIn,
                routeMapOut, allowasIn, routeReflectorClient, nextHopSelf, defaultOriginate, weight, port, shutdown);
    }

    public NeighborConfig withAllowasIn(Integer value) {
        return new NeighborConfig(remoteAs, localAs, peerGroup, description, interfaceName, updateSource,
                ebgpMultihop, bfd, bfdProfile, keepalive, hold, passwordRef, prefixListIn, prefixListOut, routeMapIn,
                routeMapOut, value, routeReflectorClient, nextHopSelf, defaultOriginate, weight, port, shutdown);
    }

    public NeighborConfig withRouteReflectorClient(Boolean value) {
        return new NeighborConfig(remoteAs, localAs, peerGroup, description, interfaceName, updateSource,
                ebgpMultihop, bfd, bfdProfile, keepalive, hold, passwordRef, prefixListIn, prefixListOut, routeMapIn,
                routeMapOut, allowasIn, value, nextHopSelf, defaultOriginate, weight, port, shutdown);
    }

    public NeighborConfig withNextHopSelf(Boolean value) {
        return new NeighborConfig(remoteAs, localAs, peerGroup, description, interfaceName, updateSource,
                ebgpMultihop, bfd, bfdProfile, keepalive, hold, passwordRef, prefixListIn, prefixListOut, routeMapIn,
                routeMapOut, allowasIn, routeReflectorClient, value, defaultOriginate, weight, port, shutdown);
    }

    public NeighborConfig withWeight(Integer value) {
        return new NeighborConfig(remoteAs, localAs, peerGroup, description, interfaceName, updateSource,
                ebgpMultihop, bfd, bfdProfile, keepalive, hold, passwordRef, prefixListIn, prefixListOut, routeMapIn,
                routeMapOut, allowasIn, routeReflectorClient, nextHopSelf, defaultOriginate, value, port, shutdown);
    }

    public NeighborConfig withPort(Integer value) {
        return new NeighborConfig(remoteAs, localAs, peerGroup, description, interfaceName, updateSource,
                ebgpMultihop, bfd, bfdProfile, keepalive, hold, passwordRef, prefixListIn, prefixListOut, routeMapIn,
                routeMapOut, allowasIn, routeReflectorClient, nextHopSelf, defaultOriginate, weight, value, shutdown);
    }

    public NeighborConfig withShutdown(Boolean value) {
        return new NeighborConfig(remoteAs, localAs, peerGroup, description, interfaceName, updateSource,
                ebgpMultihop, bfd, bfdProfile, keepalive, hold, passwordRef, prefixListIn, prefixListOut, routeMapIn,
                routeMapOut, allowasIn, routeReflectorClient, nextHopSelf, defaultOriginate, weight, port, value);
    }
}
