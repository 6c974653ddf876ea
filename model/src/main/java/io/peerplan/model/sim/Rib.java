package io.peerplan.model.sim;

import io.peerplan.model.Ip;
import io.peerplan.model.IpPrefix;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One speaker's BGP table (FRR's Loc-RIB with every received path): prefix → entry, in address
 * order (then shorter first), as FRR lists it. Built from the simulation's compact state when first read.
 */
public final class Rib {
    private final SimulationResult result;
    private final String speakerId;
    private final int speaker;
    private volatile Map<IpPrefix, RibEntry> entries;

    Rib(SimulationResult result, String speakerId, int speaker) {
        this.result = result;
        this.speakerId = speakerId;
        this.speaker = speaker;
    }

    /** The router, vantage or node id. */
    public String speakerId() {
        return speakerId;
    }

    public Map<IpPrefix, RibEntry> entries() {
        Map<IpPrefix, RibEntry> e = entries;
        if (e == null) {
            Map<IpPrefix, RibEntry> m = new LinkedHashMap<>();
            result.forEachEntry(speaker, (p, entry) -> m.put(entry.prefix(), entry));
            e = Collections.unmodifiableMap(m);
            entries = e;
        }
        return e;
    }

    /** Visits the entries in {@link #entries()}'s order without keeping them (for streaming writers). */
    public void forEachEntry(Consumer<RibEntry> action) {
        result.forEachEntry(speaker, (p, entry) -> action.accept(entry));
    }

    public Optional<RibEntry> entry(IpPrefix prefix) {
        return Optional.ofNullable(entries().get(prefix));
    }

    /** Parses the prefix text, e.g. {@code entry("203.0.113.70/32")}. */
    public Optional<RibEntry> entry(String prefix) {
        return entry(IpPrefix.parse(prefix));
    }

    /** The longest prefix containing the address that has a best path (what forwarding would use). */
    public Optional<RibEntry> lookup(Ip address) {
        RibEntry found = null;
        for (RibEntry e : entries().values()) {
            if (e.best().isPresent() && e.prefix().contains(address)
                    && (found == null || e.prefix().length() > found.prefix().length())) {
                found = e;
            }
        }
        return Optional.ofNullable(found);
    }

    @Override
    public String toString() {
        return "Rib[" + speakerId + ", " + entries().size() + " prefixes]";
    }
}
