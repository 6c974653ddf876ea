package io.peerplan.export.lab;

import io.peerplan.model.IpPrefix;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Waits until a lab has converged: every session the topology defines between running hosts is
 * Established, every expected prefix has a best path where expected, and no BGP table has changed
 * for a quiet period. Gives up at the timeout and says what is still missing.
 */
public final class Convergence {
    private static final long POLL_MILLIS = 100;
    /** How long a session may stay down before its connecting end is told to retry at once. */
    private static final Duration KICK_AFTER = Duration.ofSeconds(2);

    private Convergence() {
    }

    /**
     * The outcome.
     *
     * @param converged      all conditions held before the timeout
     * @param elapsed        from the call to the first moment all conditions held (or to the timeout)
     * @param downSessions   sessions not Established at the end, as text
     * @param missing        expected (host, prefix) pairs without a best path at the end, as text
     * @param ribs           the last tables read
     */
    public record Report(boolean converged, Duration elapsed, List<String> downSessions, List<String> missing,
            Map<String, LabRib> ribs) {
    }

    /**
     * @param expected per element id, prefixes that must have a best path (empty map: only sessions
     *                 and quiet tables count)
     * @param quiet    how long all tables must stay unchanged
     */
    public static Report await(Lab lab, Duration timeout, Map<String, Set<IpPrefix>> expected, Duration quiet) {
        return await(lab, timeout, expected, false, quiet, System.nanoTime());
    }

    /**
     * As {@link #await(Lab, Duration, Map, Duration)}, with the elapsed time counted from
     * {@code startNanos} (e.g. {@link Lab#routesReleasedNanos()}, when routes started to spread).
     *
     * @param exact the expected prefixes are all an element may have a best path for (a prediction
     *              of the whole table, e.g. after a failure removed some): extra ones count as missing
     */
    public static Report await(Lab lab, Duration timeout, Map<String, Set<IpPrefix>> expected, boolean exact,
            Duration quiet, long startNanos) {
        long start = startNanos;
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, LabRib> last = null;
        long stableSince = 0;
        long readyAt = -1;
        List<String> down = List.of();
        List<String> missing = List.of();
        long lastKick = System.nanoTime();
        while (true) {
            long now = System.nanoTime();
            down = downSessions(lab);
            if (!down.isEmpty() && now - lastKick > KICK_AFTER.toNanos()) {
                kick(lab);
                lastKick = now;
            }
            Map<String, LabRib> ribs = down.isEmpty() ? lab.ribs() : Map.of();
            missing = down.isEmpty() ? missing(ribs, expected, exact) : List.of("(sessions first)");
            boolean ready = down.isEmpty() && missing.isEmpty();
            if (ready && ribs.equals(last)) {
                if (readyAt < 0) {
                    readyAt = stableSince;
                }
                if (now - stableSince >= quiet.toNanos()) {
                    return new Report(true, Duration.ofNanos(readyAt - start), down, missing, ribs);
                }
            } else {
                last = ready ? ribs : null;
                stableSince = now;
                readyAt = -1;
            }
            if (now > deadline) {
                return new Report(false, Duration.ofNanos(now - start), down, missing, ribs.isEmpty() ? lab.ribs() : ribs);
            }
            lab.checkCancelled();
            Processes.sleep(POLL_MILLIS);
        }
    }

    /**
     * Waits until no table changes for {@code quiet}; returns the milliseconds from
     * {@code startNanos} to the first moment the tables held what they then kept (-1 if they never
     * stayed quiet before the timeout). Sessions that never came up do not hold this up.
     */
    static long settle(Lab lab, Duration timeout, Duration quiet, long startNanos) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, LabRib> last = null;
        long since = 0;
        while (System.nanoTime() < deadline) {
            Map<String, LabRib> ribs = lab.ribs();
            long now = System.nanoTime();
            if (ribs.equals(last)) {
                if (now - since >= quiet.toNanos()) {
                    return (since - startNanos) / 1_000_000;
                }
            } else {
                last = ribs;
                since = now;
            }
            lab.checkCancelled();
            Processes.sleep(POLL_MILLIS);
        }
        return -1;
    }

    /** Waits until every session is Established (retrying refused connects), or the timeout; returns those still down. */
    static List<String> awaitSessions(Lab lab, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long lastKick = System.nanoTime();
        while (true) {
            List<String> down = downSessions(lab);
            long now = System.nanoTime();
            if (down.isEmpty() || now > deadline) {
                return down;
            }
            if (now - lastKick > KICK_AFTER.toNanos()) {
                kick(lab);
                lastKick = now;
            }
            lab.checkCancelled();
            Processes.sleep(POLL_MILLIS);
        }
    }

    /** Sessions between running hosts that are not Established on both ends. */
    static List<String> downSessions(Lab lab) {
        Set<String> running = lab.running();
        Map<String, Map<String, String>> states = lab.sessionStates();
        List<String> out = new ArrayList<>();
        for (LabPlan.Session s : lab.plan().sessions()) {
            if (!running.contains(s.a()) || !running.contains(s.b()) || dropped(lab, s)) {
                continue;
            }
            String a = states.getOrDefault(s.a(), Map.of()).getOrDefault(s.aAddress().toString(), "not configured");
            String b = states.getOrDefault(s.b(), Map.of()).getOrDefault(s.bAddress().toString(), "not configured");
            if (!a.equals("Established") || !b.equals("Established")) {
                out.add(s.a() + " -> " + s.aAddress() + " " + a + ", " + s.b() + " -> " + s.bAddress() + " " + b
                        + " (peering " + s.peering() + ")");
            }
        }
        return out;
    }

    /**
     * Makes every end of a down session that is waiting to connect retry now ({@code clear bgp
     * ipv4 unicast ADDRESS}) rather than after FRR's connect-retry timer (120 s by default): a
     * session refused while its peer was still loading its config otherwise stays down that long.
     */
    static void kick(Lab lab) {
        Set<String> running = lab.running();
        Map<String, Map<String, String>> states = lab.sessionStates();
        for (LabPlan.Session s : lab.plan().sessions()) {
            if (!running.contains(s.a()) || !running.contains(s.b()) || dropped(lab, s)) {
                continue;
            }
            kickEnd(lab, s.a(), s.aAddress().toString(), states);
            kickEnd(lab, s.b(), s.bAddress().toString(), states);
        }
    }

    private static void kickEnd(Lab lab, String host, String neighbor, Map<String, Map<String, String>> states) {
        String state = states.getOrDefault(host, Map.of()).get(neighbor);
        if (state != null && List.of("Active", "Connect", "Idle").contains(state)) {
            lab.host(host).retryConnect(neighbor);
        }
    }

    /** A session whose peering, or a network carrying its addresses, is failed with silent loss. */
    private static boolean dropped(Lab lab, LabPlan.Session s) {
        for (String id : lab.state().failed) {
            if (id.equals(s.peering())) {
                return true;
            }
            for (LabPlan.Switch sw : lab.plan().switches()) {
                if (sw.networkId().equals(id) && (sw.cidr().contains(s.aAddress()) || sw.cidr().contains(s.bAddress()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> missing(Map<String, LabRib> ribs, Map<String, Set<IpPrefix>> expected,
            boolean exact) {
        List<String> out = new ArrayList<>();
        expected.forEach((id, prefixes) -> {
            LabRib rib = ribs.get(id);
            for (IpPrefix p : prefixes) {
                if (rib == null || rib.best(p).isEmpty()) {
                    out.add(id + " " + p);
                }
            }
            if (exact && rib != null) {
                rib.routes().keySet().stream().filter(p -> !prefixes.contains(p) && rib.best(p).isPresent())
                        .forEach(p -> out.add(id + " " + p + " (not expected)"));
            }
        });
        return out;
    }
}
