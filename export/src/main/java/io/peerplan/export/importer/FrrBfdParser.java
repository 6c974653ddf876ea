package io.peerplan.export.importer;

import io.peerplan.model.BfdPeer;
import io.peerplan.model.Ip;

/** Lines of bfdd's {@code bfd} block: profiles and static peers. */
final class FrrBfdParser {
    /** What the generator leaves on FRR 8.4 for a profile that logs session changes. */
    static final String LOG_NOTE = "! log-session-changes";

    private FrrBfdParser() {
    }

    /** {@code peer ADDRESS [multihop] [local-address L] [interface IF]}; null if not understood. */
    static BfdPeer peer(Line l) {
        Ip address = Line.ip(l.at(1));
        if (address == null) {
            return null;
        }
        boolean multihop = false;
        Ip local = null;
        String iface = null;
        for (int i = 2; i < l.size(); i++) {
            switch (l.at(i)) {
                case "multihop" -> multihop = true;
                case "local-address" -> {
                    local = Line.ip(l.at(++i));
                    if (local == null) {
                        return null;
                    }
                }
                case "interface" -> {
                    iface = l.at(++i);
                    if (iface == null) {
                        return null;
                    }
                }
                default -> {
                    return null;
                }
            }
        }
        return new BfdPeer(address, null, multihop, local, iface);
    }

    /** A line inside {@code profile NAME}; false if not understood. */
    static boolean profileLine(ParsedRouter.BfdProfileBuilder p, Line l) {
        if (l.text.startsWith(LOG_NOTE) || l.is("log-session-changes")) {
            p.logSessionChanges = true;
            return true;
        }
        if (l.is("echo-mode")) {
            p.echoMode = true;
            return true;
        }
        if (l.is("passive-mode")) {
            p.passive = true;
            return true;
        }
        Integer v = Line.integer(l.at(l.size() - 1));
        if (v == null) {
            return false;
        }
        if (l.size() == 2) {
            switch (l.at(0)) {
                case "detect-multiplier" -> p.multiplier = v;
                case "receive-interval" -> p.rx = v;
                case "transmit-interval" -> p.tx = v;
                case "minimum-ttl" -> p.minimumTtl = v;
                case "echo-interval" -> {
                    p.echoTx = v;
                    p.echoRx = v;
                }
                default -> {
                    return false;
                }
            }
            return true;
        }
        if (l.size() == 3 && "echo".equals(l.at(0))) {
            if ("transmit-interval".equals(l.at(1))) {
                p.echoTx = v;
            } else if ("receive-interval".equals(l.at(1))) {
                p.echoRx = v;
            } else {
                return false;
            }
            return true;
        }
        return false;
    }
}
