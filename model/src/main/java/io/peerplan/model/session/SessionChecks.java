package io.peerplan.model.session;

import io.peerplan.model.Ip;

/**
 * The per-session checks that decide whether a session comes up. The session rules report them; the
 * session graph leaves out sessions that fail them.
 */
public final class SessionChecks {
    private SessionChecks() {
    }

    /**
     * What {@code side} expects of the other side's AS, against what the other side sends. FRR's
     * {@code remote-as internal} means "my own AS", {@code external} "any other AS" (FRR docs,
     * "neighbor PEER remote-as"); MetalLB's dynamicASN works the same. A mismatch makes the receiver
     * answer the OPEN with a NOTIFICATION "Bad Peer AS" (RFC 4271 §6.2), the flap of metallb#1114.
     * Returns the problem in words, or null.
     */
    public static String asnMismatch(Session s, SessionEnd side) {
        SessionEnd other = s.other(side);
        long got = other.presentedAs();
        String want = side.remoteAs();
        if (want == null || want.isBlank()) {
            return side.label() + " has no remote-as for " + other.label() + ", so the neighbor does not exist";
        }
        switch (want) {
            case "internal" -> {
                return got == side.instanceAs() ? null
                        : side.label() + " expects its own AS " + side.instanceAs() + " (remote-as internal) but "
                                + other.label() + " sends AS " + got;
            }
            case "external" -> {
                return got != side.instanceAs() ? null
                        : side.label() + " expects another AS (remote-as external) but " + other.label() + " sends AS " + got;
            }
            default -> {
                long n;
                try {
                    n = Long.parseLong(want.trim());
                } catch (NumberFormatException e) {
                    return side.label() + " has remote-as '" + want + "', which is not an AS number, internal or external";
                }
                return n == got ? null : side.label() + " expects AS " + n + " but " + other.label() + " sends AS " + got;
            }
        }
    }

    /**
     * eBGP without {@code ebgp-multihop} needs the peer on a connected subnet: FRR does not even try to
     * connect otherwise ("waiting for NHT", the connected check of {@code bgp_connect}), and MetalLB's
     * speaker renders no {@code disable-connected-check} for IPv4 (mustDisableConnectedCheck in internal/bgp/frr, neighborsession.tmpl; metallb#1980).
     * iBGP is multi-hop by default. Returns the problem in words, or null.
     */
    public static String notConnected(Session s, SessionEnd side) {
        if (!s.ebgp() || side.multihopTtl() > 1) {
            return null;
        }
        Ip peer = s.remoteAddressOf(side);
        if (peer == null || (side.isSpeaker() && !peer.isIpv4())) {
            return null;
        }
        Boolean connected = side.connectedTo(peer);
        if (connected == null || connected) {
            return null;
        }
        return side.label() + " reaches " + peer + " only across a router, but its eBGP session is single-hop (no ebgp-multihop)";
    }

    /**
     * TCP-MD5 (RFC 2385) on one side only: the session never reaches OpenSent. FRR's
     * {@code peer_password_set} calls {@code bgp_md5_set} (bgpd/bgp_network.c), which installs the key
     * for the peer's address with {@code TCP_MD5SIG}; Linux then drops every segment from that
     * address that lacks the option, and the side without a key drops every segment that carries one
     * ({@code tcp_inbound_md5_hash}, net/ipv4/tcp.c). MetalLB renders a BGPPeer's password as
     * {@code neighbor X password} (internal/bgp/frr/templates/neighborsession.tmpl). Validate and simulate
     * both read this verdict. Returns the problem in words, or null.
     */
    public static String passwordMismatch(Session s) {
        if (s.a().password() == s.b().password()) {
            return null;
        }
        SessionEnd with = s.a().password() ? s.a() : s.b();
        return with.label() + " uses a TCP-MD5 password but " + s.other(with).label() + " does not";
    }

    /**
     * Whether {@code side}'s BGP-driven BFD session is multi-hop. FRR (bgpd/bgp_bfd.c) uses multi-hop
     * BFD when the peer is iBGP and not on a shared network, or when ebgp-multihop is configured, even
     * on a shared link; against a single-hop peer, BFD then stays Down while BGP stays up. RouterOS
     * follows its {@code multihop} flag, which the model keeps as ebgp-multihop.
     */
    public static boolean bfdMultihop(Session s, SessionEnd side) {
        if (s.ebgp()) {
            return side.multihopTtl() > 1;
        }
        Boolean shared = side.connectedTo(s.remoteAddressOf(side));
        return shared != null && !shared;
    }
}
