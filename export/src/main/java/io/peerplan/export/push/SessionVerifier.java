package io.peerplan.export.push;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The verify step of a router push: polls the router until every required session is Established and every
 * expected prefix is in its advertised-routes, or the timeout passes. A session the topology expects
 * that was already down before the push is not required (the push did not break it), but it is
 * named in the result; a {@code network} that is not in the router's own BGP table (no route in the
 * RIB while {@code bgp network import-check} is on) is named too, since no push can advertise it.
 */
final class SessionVerifier {
    private static final Duration POLL = Duration.ofMillis(500);

    record Result(boolean ok, String message, List<String> notes) {
    }

    /** What the verifier asks the router; one implementation per router OS ({@link FrrDriver}, {@link QuaggaDriver}). */
    interface BgpQueries {
        /** Neighbor address → session state ("Established", "Active", ...), IPv4 and IPv6 unicast. */
        Map<String, String> sessions(CancelToken cancel) throws PushFailure;

        /** The prefixes the router sends to this neighbor. */
        Set<String> advertised(String neighbor, CancelToken cancel) throws PushFailure;

        /** True when the router's own BGP table holds a valid path for the prefix. */
        boolean inTable(String prefix, CancelToken cancel) throws PushFailure;
    }

    private final BgpQueries router;

    SessionVerifier(BgpQueries router) {
        this.router = router;
    }

    Map<String, String> sessions(CancelToken cancel) throws PushFailure {
        return router.sessions(cancel);
    }

    Result verify(FrrExpectations expected, Map<String, String> before, Duration timeout, CancelToken cancel) throws PushFailure {
        List<String> notes = new ArrayList<>(expected.notes());
        List<FrrExpectations.Session> required = new ArrayList<>();
        for (FrrExpectations.Session s : expected.sessions()) {
            String was = before.get(s.address());
            if (was != null && !was.equals("Established")) {
                notes.add(s.address() + " (" + s.peering() + ") was already " + was + " before the push: not required");
            } else if (was == null && s.dynamic()) {
                notes.add(s.address() + " (" + s.peering() + ", listen range) had no session before the push: not required");
            } else {
                required.add(s);
            }
        }
        List<String> unadvertisable = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        String missing;
        while (true) {
            cancel.check();
            missing = missing(required, unadvertisable, cancel);
            if (missing.isEmpty() || System.nanoTime() > deadline) {
                break;
            }
            sleep(cancel);
        }
        for (String u : unadvertisable) {
            notes.add(u + " is not in the BGP table (no route in the RIB for its network statement): not required");
        }
        if (!missing.isEmpty()) {
            return new Result(false, "not verified within " + timeout.toSeconds() + " s: " + missing, List.copyOf(notes));
        }
        return new Result(true, required.size() + (required.size() == 1 ? " session" : " sessions") + " Established" + (required.isEmpty() ? "" : ", expected prefixes advertised"),
                List.copyOf(notes));
    }

    private String missing(List<FrrExpectations.Session> required, List<String> unadvertisable, CancelToken cancel) throws PushFailure {
        Map<String, String> now = sessions(cancel);
        List<String> problems = new ArrayList<>();
        for (FrrExpectations.Session s : required) {
            String state = now.getOrDefault(s.address(), "not configured");
            if (!state.equals("Established")) {
                problems.add("session " + s.address() + " (" + s.peering() + ") is " + state);
                continue;
            }
            if (s.advertised().isEmpty()) {
                continue;
            }
            Set<String> sent = router.advertised(s.address(), cancel);
            for (var p : s.advertised()) {
                String prefix = p.network().toString();
                if (sent.contains(prefix) || unadvertisable.contains(prefix)) {
                    continue;
                }
                if (!router.inTable(prefix, cancel)) {
                    unadvertisable.add(prefix);
                    continue;
                }
                problems.add(prefix + " is not advertised to " + s.address());
            }
        }
        return String.join("; ", problems);
    }

    private static void sleep(CancelToken cancel) throws PushFailure {
        try {
            Thread.sleep(POLL);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PushFailure(PushFailure.Kind.CANCELLED, "interrupted");
        }
        cancel.check();
    }
}
