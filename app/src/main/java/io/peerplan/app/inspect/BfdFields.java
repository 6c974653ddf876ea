package io.peerplan.app.inspect;

import io.peerplan.app.design.Elements;
import io.peerplan.model.BfdPeer;
import io.peerplan.model.BfdProfile;
import io.peerplan.model.Ip;
import io.peerplan.model.Router;
import io.peerplan.model.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * bfdd's part of a router: profiles ({@code bfd / profile NAME}), each with its timers as fields,
 * and static BFD peers ({@code bfd / peer ADDRESS}). Empty timers are FRR's defaults (300 ms, ×3);
 * the bounds are bfdd's (bfdd/bfdd_cli.c).
 */
final class BfdFields {
    private BfdFields() {
    }

    static List<FieldSpec> of(Topology t, String key) {
        Router router = Fields.typed(t, key);
        List<FieldSpec> out = new ArrayList<>();
        out.add(FieldSpec.table("BFD", "BFD profiles", "bfd / profile NAME: timers that neighbors and BFD peers name",
                new NamedTable<>(key, RouterNamed.BFD_PROFILES,
                        name -> new BfdProfile(name, null, null, null, null, null, null, null, false))));
        out.add(peers(router, key));
        for (BfdProfile p : router.bfdProfiles()) {
            out.addAll(profile(key, p.name()));
        }
        return out;
    }

    private static FieldSpec peers(Router router, String key) {
        List<String> profiles = Fields.concat("", router.bfdProfiles().stream().map(BfdProfile::name).toList());
        return FieldSpec.table("BFD", "BFD peers", "bfd / peer ADDRESS [multihop] [local-address L] [interface IF]",
                ListTable.<BfdPeer>of("BFD peer", t -> Fields.<Router>typed(t, key).bfdPeers(),
                        (t, list) -> Elements.replace(t, key, Fields.<Router>typed(t, key).withBfdPeers(list)),
                        (t, list) -> freshPeer(t, key, list))
                        .text("Address", "The peer's address", BfdPeer::address, (t, b, s) -> new BfdPeer(requiredIp(s),
                                b.profile(), b.multihop(), b.localAddress(), b.interfaceName()))
                        .choice("Profile", profiles, null, BfdPeer::profile, (t, b, s) -> new BfdPeer(b.address(),
                                Parse.optional(s), b.multihop(), b.localAddress(), b.interfaceName()))
                        .check("Multihop", "The peer is more than one hop away", BfdPeer::multihop,
                                (b, v) -> new BfdPeer(b.address(), b.profile(), v, b.localAddress(), b.interfaceName()))
                        .text("Local address", "local-address: this router's address for the session", BfdPeer::localAddress,
                                (t, b, s) -> new BfdPeer(b.address(), b.profile(), b.multihop(), Parse.ip(s), b.interfaceName()))
                        .text("Interface", "One of this router's interfaces", BfdPeer::interfaceName, (t, b, s) -> new BfdPeer(
                                b.address(), b.profile(), b.multihop(), b.localAddress(), Fields.interfaceName(t, key, s)))
                        .unique("address", BfdPeer::address));
    }

    /** A new BFD peer: the first neighbor of the router's peerings that has none yet, with the first profile. */
    private static BfdPeer freshPeer(Topology t, String key, List<BfdPeer> present) {
        Router r = Fields.typed(t, key);
        String profile = r.bfdProfiles().isEmpty() ? null : r.bfdProfiles().getFirst().name();
        return t.peerings().stream().map(p -> p.endOf(key)).filter(e -> e != null && e.peerAddress() != null)
                .map(e -> e.peerAddress()).filter(ip -> present.stream().noneMatch(b -> ip.equals(b.address())))
                .findFirst().map(ip -> new BfdPeer(ip, profile, false, null, null))
                .orElseThrow(() -> new IllegalArgumentException("every neighbor of this router already has a BFD peer: "
                        + "draw a peering first"));
    }

    private static Ip requiredIp(String s) {
        Ip ip = Parse.ip(s);
        if (ip == null) {
            throw new IllegalArgumentException("needs an address, e.g. 198.51.100.9");
        }
        return ip;
    }

    private static List<FieldSpec> profile(String key, String name) {
        String section = "BFD profile " + name;
        return List.of(
                number(key, name, section, "Detect multiplier", BfdProfile::detectMultiplier, BfdProfile::withDetectMultiplier,
                        2, 255, "detect-multiplier: missed packets before the session is down (FRR: 3)"),
                number(key, name, section, "Receive interval", BfdProfile::receiveInterval, BfdProfile::withReceiveInterval,
                        10, 60000, "receive-interval, in ms (FRR: 300)"),
                number(key, name, section, "Transmit interval", BfdProfile::transmitInterval, BfdProfile::withTransmitInterval,
                        10, 60000, "transmit-interval, in ms (FRR: 300)"),
                FieldSpec.choice(section, "Echo mode", Parse.TRI, "echo-mode (not on RouterOS)",
                        t -> Parse.tri(profile(t, key, name).echoMode()),
                        (t, s) -> update(t, key, name, p -> p.withEchoMode(Parse.tri(s)))),
                number(key, name, section, "Echo interval", BfdProfile::echoInterval, BfdProfile::withEchoInterval,
                        10, 60000, "echo-interval, in ms"),
                number(key, name, section, "Minimum TTL", BfdProfile::minimumTtl, BfdProfile::withMinimumTtl, 1, 254,
                        "minimum-ttl: multihop sessions only (seed 000: 127)"),
                FieldSpec.choice(section, "Passive mode", Parse.TRI, "passive-mode: wait for the peer to start",
                        t -> Parse.tri(profile(t, key, name).passiveMode()),
                        (t, s) -> update(t, key, name, p -> p.withPassiveMode(Parse.tri(s)))),
                FieldSpec.check(section, "Log session changes", "log-session-changes",
                        t -> Boolean.toString(profile(t, key, name).logSessionChanges()),
                        (t, s) -> update(t, key, name, p -> p.withLogSessionChanges(Boolean.parseBoolean(s)))));
    }

    private static FieldSpec number(String key, String name, String section, String label, Function<BfdProfile, Integer> get,
            BiFunction<BfdProfile, Integer, BfdProfile> with, int min, int max, String help) {
        return FieldSpec.text(section, label, help, t -> Parse.text(get.apply(profile(t, key, name))), (t, s) -> {
            Integer v = Parse.integer(s, min, max, label.toLowerCase(java.util.Locale.ROOT));
            return update(t, key, name, p -> with.apply(p, v));
        });
    }

    private static BfdProfile profile(Topology t, String key, String name) {
        return RouterNamed.BFD_PROFILES.find(t, key, name);
    }

    private static Topology update(Topology t, String key, String name, java.util.function.UnaryOperator<BfdProfile> change) {
        return RouterNamed.BFD_PROFILES.update(t, key, name, change);
    }
}
