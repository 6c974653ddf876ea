package io.peerplan.model.session;

import io.peerplan.model.Ip;
import io.peerplan.model.Peering;
import io.peerplan.model.Router;
import io.peerplan.model.session.SessionProblem.Kind;
import java.util.List;

/**
 * A peering between two routers (or a router and a vantage): each side's neighbor address must be
 * held by the other side, and at least one side's TCP connection must be accepted: it comes from the
 * address the other side expects (or from inside its listen range). Unknown source addresses get the
 * benefit of the doubt.
 */
final class RouterPairs {
    private RouterPairs() {
    }

    static void expand(Sessions set, AddressBook book, Peering p, SessionEnd a, SessionEnd b) {
        if (a.listens() && b.listens()) {
            set.problem(p, Kind.NO_MATCH, "both " + a.label() + " and " + b.label() + " only listen (listen range), so nobody opens the session",
                    List.of(a.element(), b.element(), p.id()), "configure a neighbor address on one side");
            return;
        }
        boolean ok = true;
        for (SessionEnd side : List.of(a, b)) {
            SessionEnd other = side == a ? b : a;
            if (side.listens()) {
                continue;
            }
            Ip x = side.target();
            if (x == null) {
                set.problem(p, Kind.NO_MATCH, side.label() + "'s end of peering " + p.id() + " has neither a neighbor address nor a listen range",
                        List.of(side.element(), other.element(), p.id()), "set peerAddress to an address of " + other.label());
                ok = false;
                continue;
            }
            List<AddressBook.Holder> holders = book.holders(x);
            if (!book.holds(other.element(), x)) {
                String who = holders.isEmpty() ? "nobody in the topology holds it" : "it is " + holders.getFirst().what();
                set.problem(p, Kind.NO_MATCH, side.label() + "'s neighbor " + x + " is not an address of " + other.label() + " (" + who + ")",
                        List.of(side.element(), other.element(), p.id()), "point the neighbor at an address of " + other.label());
                ok = false;
            } else if (holders.size() > 1) {
                set.problem(p, Kind.MULTIPLE_MATCHES, side.label() + "'s neighbor " + x + " is held by several elements: "
                                + holders.stream().map(AddressBook.Holder::what).toList(),
                        List.of(side.element(), other.element(), p.id()), "give each interface its own address");
            }
        }
        if (!ok) {
            return;
        }
        if (!accepted(a, b) && !accepted(b, a)) {
            set.problem(p, Kind.HALF_OPEN, "neither side accepts the other's connection: " + refusal(a, b) + "; " + refusal(b, a),
                    List.of(a.element(), b.element(), p.id()), "make each side's neighbor address the other side's source address (update-source)");
            return;
        }
        set.add(Session.of(p, a, b, a.listens() || b.listens() ? Session.Match.DYNAMIC_MATCH : Session.Match.UNIQUE_MATCH));
    }

    /** True when {@code from} opens the connection and {@code to} accepts it (unknown sources are given the benefit). */
    private static boolean accepted(SessionEnd from, SessionEnd to) {
        if (from.listens()) {
            return false;
        }
        Ip src = from.sourceToward(from.target());
        if (src == null) {
            return true;
        }
        if (to.listens()) {
            Router r = to.router();
            String group = to.end().config().peerGroup();
            return r != null && r.bgp().listenRanges().stream()
                    .anyMatch(lr -> (group == null || group.equals(lr.peerGroup())) && lr.range().contains(src));
        }
        return src.equals(to.target());
    }

    private static String refusal(SessionEnd from, SessionEnd to) {
        if (from.listens()) {
            return from.label() + " only listens";
        }
        Ip src = from.sourceToward(from.target());
        return from.label() + " connects from " + src + " but " + to.label()
                + (to.listens() ? "'s listen range does not cover it" : " expects " + to.target());
    }

}
