package io.peerplan.model.sim;

import io.peerplan.model.Ip;
import io.peerplan.model.session.SessionEnd;
import io.peerplan.model.session.SessionProblem;
import io.peerplan.model.session.Sessions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compiles the one session model ({@link Sessions}) into the simulator's sessions: the same
 * sessions, the same ends and addresses, and the same verdict on whether each comes up (its first
 * blocker is the down reason). Peerings the model cannot pair become notes. What the simulator adds
 * is its own: failure detection, and the listen limit and failures of a scenario. O(sessions).
 */
final class SessionCompiler {
    private SessionCompiler() {
    }

    static List<Session> compile(Sessions model, Map<String, Speaker> speakers, List<SimulationNote> notes) {
        List<Session> out = new ArrayList<>();
        for (SessionProblem p : model.problems()) {
            notes.add(new SimulationNote(p.peering().id(), p.message()));
        }
        for (io.peerplan.model.session.Session m : model.sessions()) {
            // The model puts a speaker first; the simulator keeps the peering's own orientation.
            boolean flip = m.a().isSpeaker() && !m.peering().a().isCluster();
            SessionEnd ea = flip ? m.b() : m.a();
            SessionEnd eb = flip ? m.a() : m.b();
            Speaker a = speakers.get(ea.vertex());
            Speaker b = speakers.get(eb.vertex());
            if (a == null || b == null) {
                notes.add(new SimulationNote(m.peering().id(), (a == null ? ea : eb).label() + " takes no part in BGP (no AS number)"));
                continue;
            }
            SessionEnd speakerEnd = ea.isSpeaker() ? ea : eb.isSpeaker() ? eb : null;
            String id = m.id();
            Ip addressA = m.remoteAddressOf(eb);
            Ip addressB = m.remoteAddressOf(ea);
            String problem = m.blockers().isEmpty() ? null : m.blockers().getFirst();
            if (problem == null && !(ipv4(addressA) && ipv4(addressB))) {
                notes.add(new SimulationNote(id, "the session between " + ea.label() + " and " + eb.label()
                        + " is not over IPv4; the simulator carries no routes over it"));
            }
            Speaker listener = ea.listens() ? a : eb.listens() ? b : null;
            Detection d = problem == null ? detection(m, ea, a, eb, b) : null;
            Session s = new Session(out.size(), id, m.peering().id(), a, b, addressA, addressB, ea.presentedAs(), eb.presentedAs(),
                    ea.config(), eb.config(), speakerEnd == null ? null : speakerEnd.bgpPeer(), problem, listener, d);
            if (problem != null) {
                notes.add(new SimulationNote(id, "session down: " + problem));
            }
            out.add(s);
        }
        return out;
    }

    /** How fast each end notices the other die: BFD when both run it in the same hop mode, else the hold timer. */
    private static Detection detection(io.peerplan.model.session.Session m, SessionEnd ea, Speaker a, SessionEnd eb, Speaker b) {
        boolean ebgp = m.ebgp();
        SessionEnd router = ea.isSpeaker() ? eb : ea;
        Boolean connected = router.connectedTo(m.remoteAddressOf(router));
        boolean shared = connected == null || connected;
        return DetectionEnd.detect(end(m, ea, a, ebgp, shared), end(m, eb, b, ebgp, shared));
    }

    private static DetectionEnd end(io.peerplan.model.session.Session m, SessionEnd e, Speaker s, boolean ebgp,
            boolean shared) {
        return e.isSpeaker() ? DetectionEnd.ofNode(s, e.cluster(), e.bgpPeer(), e.hold(), ebgp, shared)
                : DetectionEnd.ofRouter(s, e.config(), e.hold(), ebgp, shared, m.remoteAddressOf(e));
    }

    static boolean ipv4(Ip ip) {
        return ip != null && ip.isIpv4();
    }
}
