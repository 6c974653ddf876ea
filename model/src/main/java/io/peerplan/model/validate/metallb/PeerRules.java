package io.peerplan.model.validate.metallb;

import static io.peerplan.model.validate.metallb.Where.q;
import static io.peerplan.model.validate.metallb.Where.u32;

import io.peerplan.model.Asn;
import io.peerplan.model.BgpPeer;
import io.peerplan.model.KubeSecret;
import io.peerplan.model.Cluster;
import io.peerplan.model.Speaker;
import io.peerplan.model.validate.RuleFamily;
import io.peerplan.model.validate.RuleInfo;
import io.peerplan.model.validate.core.Context;
import io.peerplan.model.session.GoDuration;
import io.peerplan.model.session.Ips;
import io.peerplan.model.validate.core.Rule;
import io.peerplan.model.validate.core.Sink;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * BGPPeer (metallb.io/v1beta2) rules: {@code peerFromCR} and {@code peersFor} in MetalLB's
 * internal/config/config.go, plus the CRD schema limits (config/crd/bases/metallb.io_bgppeers.yaml).
 */
public final class PeerRules {
    private static final String CONFIG_GO = "MetalLB internal/config/config.go peerFromCR";
    private static final String CRD = "MetalLB CRD metallb.io_bgppeers.yaml (v1beta2 schema)";

    public static final RuleInfo MY_ASN = RuleInfo.error("METALLB-PEER-MY-ASN", RuleFamily.METALLB,
            "A BGPPeer has no myASN", CONFIG_GO + ": \"missing local ASN\"");
    public static final RuleInfo ASN_RANGE = RuleInfo.error("METALLB-PEER-ASN-RANGE", RuleFamily.METALLB,
            "myASN, peerASN or localASN is outside its range", CRD + ": myASN/peerASN 0..4294967295, localASN 1..4294967295");
    public static final RuleInfo ASN_MISSING = RuleInfo.error("METALLB-PEER-ASN-MISSING", RuleFamily.METALLB,
            "A BGPPeer has neither peerASN nor dynamicASN", CONFIG_GO + ": \"missing peer ASN and dynamicASN\"");
    public static final RuleInfo ASN_BOTH = RuleInfo.error("METALLB-PEER-ASN-BOTH", RuleFamily.METALLB,
            "A BGPPeer has both peerASN and dynamicASN", CONFIG_GO + ": \"both peer ASN and dynamicASN specified\"");
    public static final RuleInfo DYNAMIC_ASN = RuleInfo.error("METALLB-PEER-DYNAMIC-ASN", RuleFamily.METALLB,
            "dynamicASN is neither internal nor external", CONFIG_GO + ": \"invalid dynamicASN\"; CRD enum");
    public static final RuleInfo MULTIHOP_IBGP = RuleInfo.error("METALLB-PEER-EBGP-MULTIHOP-IBGP", RuleFamily.METALLB,
            "ebgpMultiHop is set on an iBGP BGPPeer (peerASN = myASN)", CONFIG_GO + ": \"invalid ebgp-multihop parameter set for an ibgp peer\"");
    public static final RuleInfo ADDRESS_MISSING = RuleInfo.error("METALLB-PEER-ADDRESS-MISSING", RuleFamily.METALLB,
            "A BGPPeer has neither peerAddress nor interface", CONFIG_GO + ": \"peer has no Address or Interface specified\"");
    public static final RuleInfo ADDRESS_AND_INTERFACE = RuleInfo.error("METALLB-PEER-ADDRESS-AND-INTERFACE", RuleFamily.METALLB,
            "A BGPPeer has both peerAddress and interface", CONFIG_GO + ": \"peer has both Address and Interface specified\"");
    public static final RuleInfo INVALID_IP = RuleInfo.error("METALLB-PEER-INVALID-IP", RuleFamily.METALLB,
            "peerAddress, sourceAddress or routerID is not an IP address", CONFIG_GO + ": \"invalid BGPPeer address\", \"invalid router ID\", \"invalid source IP\"");
    public static final RuleInfo PORT = RuleInfo.error("METALLB-PEER-PORT", RuleFamily.METALLB,
            "peerPort is outside 1..16384", CRD + ": peerPort minimum 1, maximum 16384");
    public static final RuleInfo HOLD_TIME = RuleInfo.error("METALLB-PEER-HOLD-TIME", RuleFamily.METALLB,
            "The hold time (given, or 3 × keepaliveTime) is neither 0 nor at least 3 s", CONFIG_GO + " parseTimers: \"must be 0 or >=3s\"");
    public static final RuleInfo KEEPALIVE_TIME = RuleInfo.error("METALLB-PEER-KEEPALIVE-TIME", RuleFamily.METALLB,
            "keepaliveTime exceeds the hold time", CONFIG_GO + " parseTimers: \"must be lower than holdTime\"");
    public static final RuleInfo CONNECT_TIME = RuleInfo.error("METALLB-PEER-CONNECT-TIME", RuleFamily.METALLB,
            "connectTime is not a whole number of seconds in 1..65535", CRD + " x-kubernetes-validations on connectTime");
    public static final RuleInfo PASSWORD_SECRET = RuleInfo.error("METALLB-PEER-PASSWORD-SECRET", RuleFamily.METALLB,
            "A BGPPeer's passwordSecret is not of type kubernetes.io/basic-auth or has no password key",
            "MetalLB internal/config/config.go passwordFromSecretForPeer: \"secret type mismatch\", \"password not specified in the secret\"");
    public static final RuleInfo PASSWORD_BOTH = RuleInfo.error("METALLB-PEER-PASSWORD-BOTH", RuleFamily.METALLB,
            "A BGPPeer has both password and passwordSecret", CONFIG_GO + ": \"can not have both password and secret ref set\"");
    public static final RuleInfo PASSWORD_PLAINTEXT = RuleInfo.warning("METALLB-PEER-PASSWORD-PLAINTEXT", RuleFamily.METALLB,
            "A BGPPeer holds its TCP-MD5 password in plain text", "MetalLB BGPPeer API: passwordSecret (a kubernetes.io/basic-auth Secret) keeps it out of the object");
    public static final RuleInfo DUPLICATE = RuleInfo.error("METALLB-PEER-DUPLICATE", RuleFamily.METALLB,
            "Two BGPPeers are the same peer", "MetalLB internal/config/config.go peersFor: \"peer ... already exists\"");
    public static final RuleInfo BFD_PROFILE_UNDEFINED = RuleInfo.error("METALLB-PEER-BFD-PROFILE-UNDEFINED", RuleFamily.METALLB,
            "A BGPPeer names a BFDProfile that does not exist",
            "MetalLB internal/config/config.go peersFor: \"referencing non existing bfd profile\" (a TransientError: the webhook admits it, MetalLB does not load the config until the profile exists)");
    public static final RuleInfo SELECTS_NO_SPEAKER = RuleInfo.warning("METALLB-PEER-SELECTS-NO-SPEAKER", RuleFamily.METALLB,
            "A BGPPeer's nodeSelectors select no node that runs a speaker, so no session is opened",
            "MetalLB speaker: a peer applies only on the nodes its nodeSelectors match (and not on nodes labelled node.kubernetes.io/exclude-from-external-load-balancers)");

    private PeerRules() {
    }

    public static List<Rule> rules() {
        return List.of(Rule.of(MY_ASN, PeerRules::myAsn), Rule.of(ASN_RANGE, PeerRules::asnRange),
                Rule.of(ASN_MISSING, PeerRules::asnMissing), Rule.of(ASN_BOTH, PeerRules::asnBoth),
                Rule.of(DYNAMIC_ASN, PeerRules::dynamicAsn), Rule.of(MULTIHOP_IBGP, PeerRules::multihopIbgp),
                Rule.of(ADDRESS_MISSING, PeerRules::addressMissing), Rule.of(ADDRESS_AND_INTERFACE, PeerRules::addressAndInterface),
                Rule.of(INVALID_IP, PeerRules::invalidIp), Rule.of(PORT, PeerRules::port), Rule.of(HOLD_TIME, PeerRules::holdTime),
                Rule.of(KEEPALIVE_TIME, PeerRules::keepaliveTime), Rule.of(CONNECT_TIME, PeerRules::connectTime),
                Rule.of(PASSWORD_BOTH, PeerRules::passwordBoth), Rule.of(PASSWORD_SECRET, PeerRules::passwordSecret), Rule.of(PASSWORD_PLAINTEXT, PeerRules::passwordPlaintext),
                Rule.of(DUPLICATE, PeerRules::duplicate), Rule.of(BFD_PROFILE_UNDEFINED, PeerRules::bfdProfileUndefined),
                Rule.of(SELECTS_NO_SPEAKER, PeerRules::selectsNoSpeaker));
    }

    /** Runs {@code check} on every BGPPeer; a non-null result is reported with the peer's name in front. */
    private static void each(Context ctx, Sink sink, BiFunction<Cluster, BgpPeer, String> check, String hint) {
        for (Cluster c : ctx.topology().clusters()) {
            for (BgpPeer p : c.metallb().peers()) {
                String problem = check.apply(c, p);
                if (problem != null) {
                    sink.report(Where.of(c, "BGPPeer", p.name()) + ": " + problem, Where.ids(c), hint);
                }
            }
        }
    }

    static void myAsn(Context ctx, Sink sink) {
        each(ctx, sink, (c, p) -> u32(p.myASN()) == 0 ? "missing local ASN" : null, "set myASN, the AS of the speakers");
    }

    static void asnRange(Context ctx, Sink sink) {
        each(ctx, sink, (c, p) -> {
            List<String> out = new ArrayList<>();
            range(out, "myASN", p.myASN(), 0);
            range(out, "peerASN", p.peerASN(), 0);
            range(out, "localASN", p.localASN(), 1);
            return out.isEmpty() ? null : String.join("; ", out);
        }, "AS numbers are 1..4294967295 (RFC 6793)");
    }

    private static void range(List<String> out, String field, Long value, long min) {
        if (value != null && (value < min || value > Asn.MAX)) {
            out.add("spec." + field + ": Invalid value: " + value + ": must be " + (value < min ? "greater than or equal to " + min
                    : "less than or equal to " + Asn.MAX));
        }
    }

    static void asnMissing(Context ctx, Sink sink) {
        each(ctx, sink, (c, p) -> u32(p.peerASN()) == 0 && blank(p.dynamicASN()) ? "missing peer ASN and dynamicASN" : null,
                "set peerASN (the router's AS) or dynamicASN: internal|external");
    }

    static void asnBoth(Context ctx, Sink sink) {
        each(ctx, sink, (c, p) -> u32(p.peerASN()) != 0 && !blank(p.dynamicASN()) ? "both peer ASN and dynamicASN specified" : null,
                "keep only one of peerASN and dynamicASN");
    }

    static void dynamicAsn(Context ctx, Sink sink) {
        each(ctx, sink, (c, p) -> !blank(p.dynamicASN()) && !p.dynamicASN().equals("internal") && !p.dynamicASN().equals("external")
                ? "invalid dynamicASN " + p.dynamicASN() : null, "dynamicASN is internal or external");
    }

    static void multihopIbgp(Context ctx, Sink sink) {
        each(ctx, sink, (c, p) -> u32(p.peerASN()) == u32(p.myASN()) && Boolean.TRUE.equals(p.ebgpMultiHop())
                ? "invalid ebgp-multihop parameter set for an ibgp peer" : null, "remove ebgpMultiHop: iBGP sessions are multi-hop already");
    }

    static void addressMissing(Context ctx, Sink sink) {
        each(ctx, sink, (c, p) -> blank(p.peerAddress()) && blank(p.interfaceName()) ? "peer has no Address or Interface specified" : null,
                "set peerAddress to the router's address");
    }

    static void addressAndInterface(Context ctx, Sink sink) {
        each(ctx, sink, (c, p) -> !blank(p.peerAddress()) && !blank(p.interfaceName()) ? "peer has both Address and Interface specified" : null,
                "keep peerAddress, or interface for unnumbered BGP, not both");
    }

    static void invalidIp(Context ctx, Sink sink) {
        each(ctx, sink, (c, p) -> {
            if (!blank(p.peerAddress()) && Ips.parseAddress(p.peerAddress()) == null) {
                return "invalid BGPPeer address " + q(p.peerAddress());
            }
            if (!blank(p.routerID()) && Ips.parseAddress(p.routerID()) == null) {
                return "invalid router ID " + q(p.routerID());
            }
            if (!blank(p.sourceAddress()) && Ips.parseAddress(p.sourceAddress()) == null) {
                return "invalid source IP " + q(p.sourceAddress());
            }
            return null;
        }, "write a plain IPv4 or IPv6 address, e.g. 192.168.247.254");
    }

    static void port(Context ctx, Sink sink) {
        each(ctx, sink, (c, p) -> p.peerPort() == null || (p.peerPort() >= 1 && p.peerPort() <= 16384) ? null
                : "spec.peerPort: Invalid value: " + p.peerPort() + ": must be " + (p.peerPort() < 1 ? "greater than or equal to 1"
                        : "less than or equal to 16384"), "BGP listens on 179; leave peerPort unset unless the router listens elsewhere");
    }

    static void holdTime(Context ctx, Sink sink) {
        each(ctx, sink, (c, p) -> PeerTimers.of(p).holdError(), "use holdTime: 0s (no keepalives) or at least 3s, e.g. 90s");
    }

    static void keepaliveTime(Context ctx, Sink sink) {
        each(ctx, sink, (c, p) -> PeerTimers.of(p).keepaliveError(), "use keepaliveTime at most holdTime, usually a third of it");
    }

    static void connectTime(Context ctx, Sink sink) {
        each(ctx, sink, (c, p) -> {
            if (p.connectTime() == null) {
                return null;
            }
            long nanos;
            try {
                nanos = GoDuration.parse(p.connectTime()).nanos();
            } catch (IllegalArgumentException e) {
                return "spec.connectTime: " + e.getMessage();
            }
            long seconds = new GoDuration(nanos).wholeSeconds();
            if (seconds < 1 || seconds > 65535) {
                return "spec.connectTime: connect time should be between 1 seconds to 65535";
            }
            return nanos % 1_000_000_000L != 0 ? "spec.connectTime: connect time should contain a whole number of seconds" : null;
        }, "use a whole number of seconds between 1s and 65535s");
    }

    static void passwordBoth(Context ctx, Sink sink) {
        each(ctx, sink, (c, p) -> !blank(p.password()) && !blank(p.passwordSecret())
                ? "can not have both password and secret ref set in peer config " + q(c.effectiveNamespace()) + "/" + q(p.name()) : null,
                "keep passwordSecret and remove password");
    }

    /**
     * Checked only against a Secret the design holds: a missing one is a TransientError upstream
     * ("secret ref not found"), admitted by the webhook, and designs usually leave secrets out.
     */
    static void passwordSecret(Context ctx, Sink sink) {
        each(ctx, sink, (c, p) -> {
            // MetalLB's passwordFromSecretForPeer and frr-k8s's passwordForNeighbor check type and key alike;
            // Cilium reads only the key (CILIUM-AUTH-SECRET).
            if (blank(p.passwordSecret()) || !blank(p.password()) || c.effectiveSpeaker() == Speaker.CILIUM) {
                return null;
            }
            KubeSecret secret = c.metallb().secret(p.passwordSecret()).orElse(null);
            if (secret == null) {
                return null;
            }
            if (!KubeSecret.BASIC_AUTH.equals(secret.effectiveType())) {
                return "secret type mismatch on " + q(c.effectiveNamespace()) + "/" + q(secret.name()) + ", type "
                        + q(KubeSecret.BASIC_AUTH) + " is expected (it is " + q(secret.effectiveType()) + ")";
            }
            return secret.keys().contains(KubeSecret.PASSWORD_KEY) ? null
                    : "password not specified in the secret " + q(c.effectiveNamespace()) + "/" + q(secret.name());
        }, "make the Secret of type kubernetes.io/basic-auth with the key 'password'");
    }

    static void passwordPlaintext(Context ctx, Sink sink) {
        each(ctx, sink, (c, p) -> !blank(p.password()) && blank(p.passwordSecret())
                ? "the TCP-MD5 password is stored in plain text in the BGPPeer" : null,
                "put it in a Secret of type kubernetes.io/basic-auth and reference it with passwordSecret");
    }

    /**
     * MetalLB compares parsed peers with reflect.DeepEqual, name included: with CRDs two objects cannot
     * share a name, so only a repeated name is a duplicate; legacy ConfigMap peers have no names, so
     * two entries with identical settings are.
     */
    static void duplicate(Context ctx, Sink sink) {
        for (Cluster c : ctx.topology().clusters()) {
            List<BgpPeer> peers = c.metallb().peers();
            boolean legacy = c.effectiveConfigStyle() == Cluster.ConfigStyle.LEGACY_CONFIGMAP;
            for (int i = 0; i < peers.size(); i++) {
                for (int j = 0; j < i; j++) {
                    BgpPeer a = peers.get(i);
                    BgpPeer b = peers.get(j);
                    if (Objects.equals(a.name(), b.name()) || legacy && a.equals(renamed(b, a.name()))) {
                        sink.report(Where.of(c, "BGPPeer", a.name()) + ": parsing peer " + a.name() + ": peer " + a.name() + " already exists"
                                        + (Objects.equals(a.name(), b.name()) ? "" : " (same settings as " + b.name() + ")"),
                                Where.ids(c), "remove the duplicate");
                        break;
                    }
                }
            }
        }
    }

    static void bfdProfileUndefined(Context ctx, Sink sink) {
        // MetalLB's TransientError; frr-k8s refuses the same reference outright (FRRK8S-BFD-PROFILE-UNDEFINED), Cilium has no BFD.
        each(ctx, sink, (c, p) -> c.effectiveSpeaker() == Speaker.METALLB && !blank(p.bfdProfile()) && c.effectiveBackend().isFrr()
                && c.metallb().bfdProfile(p.bfdProfile()).isEmpty()
                ? "peer " + p.name() + " referencing non existing bfd profile " + p.bfdProfile()
                        + " (the webhook admits it, but MetalLB does not load its configuration until the profile exists)" : null,
                "create the BFDProfile or fix the name");
    }

    static void selectsNoSpeaker(Context ctx, Sink sink) {
        for (Cluster c : ctx.topology().clusters()) {
            if (c.nodes().isEmpty()) {
                continue;
            }
            for (BgpPeer p : c.metallb().peers()) {
                if (ctx.view(c).speakersOf(p).isEmpty()) {
                    sink.report(Where.of(c, "BGPPeer", p.name()) + " selects no node that runs a speaker, so no session is opened",
                            Where.ids(c), "check nodeSelectors against the node labels");
                }
            }
        }
    }

    private static BgpPeer renamed(BgpPeer p, String name) {
        return new BgpPeer(name, p.myASN(), p.peerASN(), p.dynamicASN(), p.localASN(), p.peerAddress(), p.interfaceName(),
                p.sourceAddress(), p.peerPort(), p.holdTime(), p.keepaliveTime(), p.connectTime(), p.routerID(), p.password(),
                p.passwordSecret(), p.bfdProfile(), p.ebgpMultiHop(), p.vrf(), p.enableGracefulRestart(), p.disableMP(),
                p.nodeSelectors());
    }

    static boolean blank(String s) {
        return s == null || s.isEmpty();
    }
}
