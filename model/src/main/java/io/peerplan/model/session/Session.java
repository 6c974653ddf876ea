package io.peerplan.model.session;

import io.peerplan.model.Ip;
import io.peerplan.model.Peering;
import java.util.ArrayList;
import java.util.List;

/**
 * One concrete BGP session that both sides' configs agree to open (Batfish's "unique match", or
 * "dynamic match" when a listen range accepts it). A peering with a cluster end expands into one
 * session per speaker node. Whether it then comes up is decided by {@link #blockers()} (what the two
 * configs disagree on) and {@code listenLimit} (the listener's {@code bgp listen limit} reached in a
 * quiet network, null when there is room); validate reports on this verdict and simulate compiles it.
 */
public record Session(Peering peering, SessionEnd a, SessionEnd b, Match match, List<String> blockers, String listenLimit) {

    /** How the two configs found each other (Batfish's established-edge statuses). */
    public enum Match { UNIQUE_MATCH, DYNAMIC_MATCH }

    public Session {
        blockers = List.copyOf(blockers);
    }

    /** A session with its {@link #blockers()} worked out once. */
    public static Session of(Peering peering, SessionEnd a, SessionEnd b, Match match) {
        return new Session(peering, a, b, match, blockersOf(peering, a, b, match), null);
    }

    /** This session refused by its listener's {@code bgp listen limit} ({@link ListenLimit}), for {@code reason}. */
    public Session refusedByListenLimit(String reason) {
        return new Session(peering, a, b, match, blockers, reason);
    }

    /** The side that accepts this session through a listen range, or null when both sides name each other. */
    public SessionEnd listener() {
        return a.listens() ? a : b.listens() ? b : null;
    }

    /** Why the session does not come up: its blockers, then a listen limit; empty when it comes up. */
    public List<String> whyDown() {
        List<String> out = new ArrayList<>(blockers);
        if (listenLimit != null) {
            out.add(listenLimit);
        }
        return out;
    }

    /** The peering's id for two routers, {@code PEERING/NODE} for one speaker's session (as simulate reports it). */
    public String id() {
        SessionEnd speaker = a.isSpeaker() ? a : b.isSpeaker() ? b : null;
        return speaker == null ? peering.id() : peering.id() + "/" + speaker.vertex();
    }

    /** The other side. */
    public SessionEnd other(SessionEnd side) {
        return side == a ? b : a;
    }

    /** eBGP when the two ASNs on the wire differ (RFC 4271 §9.1: "external peer"). */
    public boolean ebgp() {
        return a.presentedAs() != b.presentedAs();
    }

    /** The address {@code side} talks to: its configured neighbor, or (listen range) the other side's source. */
    public Ip remoteAddressOf(SessionEnd side) {
        if (side.target() != null) {
            return side.target();
        }
        SessionEnd o = other(side);
        return o.sourceToward(o.target());
    }

    /** Both sides, a first. */
    public List<SessionEnd> ends() {
        return List.of(a, b);
    }

    /** Ids of both sides plus the peering, for findings. */
    public List<String> ids() {
        List<String> ids = new ArrayList<>(a.ids());
        ids.addAll(b.ids());
        ids.add(peering.id());
        return ids;
    }

    /**
     * The reasons a session never establishes, in the words of the session rules: an AS the other
     * side does not expect, single-hop eBGP across subnets, TCP-MD5 on one side only, an administrative
     * shutdown. Empty when the session comes up.
     */
    private static List<String> blockersOf(Peering peering, SessionEnd a, SessionEnd b, Match match) {
        Session s = new Session(peering, a, b, match, List.of(), null);
        List<String> out = new ArrayList<>();
        for (SessionEnd side : List.of(a, b)) {
            String asn = SessionChecks.asnMismatch(s, side);
            if (asn != null) {
                out.add(asn);
            }
            String hop = SessionChecks.notConnected(s, side);
            if (hop != null) {
                out.add(hop);
            }
            if (side.shutdown()) {
                out.add(side.label() + " has the neighbor shut down");
            }
            if (side.listens() && side.platform() != null && !side.platform().supportsListenRange()) {
                out.add(side.label() + " runs " + side.platform().label() + ", which has no bgp listen range");
            }
        }
        String md5 = SessionChecks.passwordMismatch(s);
        if (md5 != null) {
            out.add(md5);
        }
        return out;
    }

    /** True when the session comes up in a quiet network: no blocker, and room under the listener's limit. */
    public boolean establishes() {
        return blockers.isEmpty() && listenLimit == null;
    }
}
