package io.peerplan.export.frr;

import io.peerplan.model.BfdPeer;
import io.peerplan.model.BfdProfile;
import io.peerplan.model.Router;

/**
 * The {@code bfd} block of bfdd: profiles, then static peers, each in definition order, as FRR 8.4
 * prints them. Values equal to bfdd's defaults (multiplier 3, intervals 300 ms, echo 50 ms,
 * minimum-ttl 254) are not printed, because running-config does not show them either (measured).
 * FRR 8.4 writes {@code echo-interval N} as separate transmit and receive lines.
 */
final class FrrBfdSection {
    static final int DEFAULT_MULTIPLIER = 3;
    static final int DEFAULT_INTERVAL = 300;
    static final int DEFAULT_ECHO_INTERVAL = 50;
    static final int DEFAULT_MINIMUM_TTL = 254;
    /** The comment left in place of the command on FRR 8.4; the importer reads it back. */
    static final String LOG_SESSION_CHANGES_NOTE =
            "! log-session-changes (FRR 10 and later; FRR 8.4 has no such command)";

    private FrrBfdSection() {
    }

    static boolean needed(Router r) {
        return !r.bfdProfiles().isEmpty() || !r.bfdPeers().isEmpty();
    }

    static void write(FrrText out, Router r, FrrDialect dialect) {
        if (!needed(r)) {
            return;
        }
        out.line("bfd");
        for (BfdProfile p : r.bfdProfiles()) {
            out.line(1, "profile " + FrrText.word(p.name()));
            number(out, "detect-multiplier", p.detectMultiplier(), DEFAULT_MULTIPLIER);
            number(out, "transmit-interval", p.transmitInterval(), DEFAULT_INTERVAL);
            number(out, "receive-interval", p.receiveInterval(), DEFAULT_INTERVAL);
            if (Boolean.TRUE.equals(p.passiveMode())) {
                out.line(2, "passive-mode");
            }
            if (Boolean.TRUE.equals(p.echoMode())) {
                out.line(2, "echo-mode");
            }
            number(out, "echo transmit-interval", p.echoInterval(), DEFAULT_ECHO_INTERVAL);
            number(out, "echo receive-interval", p.echoInterval(), DEFAULT_ECHO_INTERVAL);
            number(out, "minimum-ttl", p.minimumTtl(), DEFAULT_MINIMUM_TTL);
            if (p.logSessionChanges()) {
                out.line(2, dialect.hasLogSessionChanges() ? "log-session-changes" : LOG_SESSION_CHANGES_NOTE);
            }
            out.line(1, "exit");
            out.bang(1);
        }
        for (BfdPeer peer : r.bfdPeers()) {
            out.line(1, header(peer));
            if (peer.profile() != null) {
                out.line(2, "profile " + FrrText.word(peer.profile()));
            }
            out.line(1, "exit");
            out.bang(1);
        }
        out.line("exit");
        out.bang(0);
    }

    /** {@code peer ADDRESS [multihop] [local-address L] [interface IF]}, bfdd's keyword order. */
    static String header(BfdPeer peer) {
        return "peer " + peer.address() + (peer.multihop() ? " multihop" : "")
                + (peer.localAddress() == null ? "" : " local-address " + peer.localAddress())
                + (peer.interfaceName() == null ? "" : " interface " + FrrText.word(peer.interfaceName()));
    }

    private static void number(FrrText out, String command, Integer value, int fallback) {
        if (value != null && value != fallback) {
            out.line(2, command + " " + value);
        }
    }
}
