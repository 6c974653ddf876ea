package io.peerplan.model.validate.metallb;

import static io.peerplan.model.validate.metallb.Where.q;

import io.peerplan.model.BgpAdvertisement;
import io.peerplan.model.Cluster;
import io.peerplan.model.Community;
import io.peerplan.model.validate.RuleFamily;
import io.peerplan.model.validate.RuleInfo;
import io.peerplan.model.validate.core.BgpCommunity;
import io.peerplan.model.validate.core.Context;
import io.peerplan.model.validate.core.Rule;
import io.peerplan.model.validate.core.Sink;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Community syntax (MetalLB internal/bgp/community/community.go): {@code A:B} with 16-bit parts,
 * {@code large:A:B:C} with 32-bit parts, or an alias defined in a Community resource.
 */
public final class CommunityRules {
    private static final String COMMUNITY_GO = "MetalLB internal/bgp/community/community.go New";

    public static final RuleInfo INVALID = RuleInfo.error("METALLB-COMMUNITY-INVALID", RuleFamily.METALLB,
            "A community is not A:B (16-bit parts) or large:A:B:C (32-bit parts)",
            COMMUNITY_GO + "; internal/config/config.go \"invalid community ... in BGP advertisement\", \"parsing community\"");
    public static final RuleInfo ALIAS_UNDEFINED = RuleInfo.error("METALLB-COMMUNITY-ALIAS-UNDEFINED", RuleFamily.METALLB,
            "A BGPAdvertisement uses a community alias that no Community resource defines",
            "MetalLB internal/config/config.go getCommunityValue (a TransientError: the webhook admits it, MetalLB does not load the config until the alias exists)");
    public static final RuleInfo DUPLICATE_ALIAS = RuleInfo.error("METALLB-COMMUNITY-DUPLICATE-ALIAS", RuleFamily.METALLB,
            "Two Community entries define the same alias", "MetalLB internal/config/config.go communitiesFromCrs: \"duplicate definition of community\"");

    private CommunityRules() {
    }

    public static List<Rule> rules() {
        return List.of(Rule.of(INVALID, CommunityRules::invalid), Rule.of(ALIAS_UNDEFINED, CommunityRules::aliasUndefined),
                Rule.of(DUPLICATE_ALIAS, CommunityRules::duplicateAlias));
    }

    static void invalid(Context ctx, Sink sink) {
        for (Cluster c : ctx.topology().clusters()) {
            var aliases = ctx.view(c).aliases();
            for (BgpAdvertisement ad : c.metallb().advertisements()) {
                for (String s : ad.communities()) {
                    BgpCommunity parsed = BgpCommunity.parse(s);
                    if (!aliases.containsKey(s) && parsed.kind() == BgpCommunity.Kind.INVALID_VALUE) {
                        sink.report(Where.of(c, "BGPAdvertisement", ad.name()) + ": invalid community " + q(s) + " in BGP advertisement: "
                                + parsed.error(), Where.ids(c), hint(s));
                    }
                }
            }
            for (Community co : c.metallb().communities()) {
                for (Community.Alias a : co.communities()) {
                    BgpCommunity parsed = BgpCommunity.parse(a.value());
                    if (parsed.error() != null) {
                        sink.report(Where.of(c, "Community", co.name()) + ": parsing community " + q(a.name()) + ": " + parsed.error(),
                                Where.ids(c), hint(a.value()));
                    }
                }
            }
        }
    }

    static void aliasUndefined(Context ctx, Sink sink) {
        for (Cluster c : ctx.topology().clusters()) {
            var aliases = ctx.view(c).aliases();
            for (BgpAdvertisement ad : c.metallb().advertisements()) {
                for (String s : ad.communities()) {
                    if (!aliases.containsKey(s) && BgpCommunity.parse(s).kind() == BgpCommunity.Kind.ALIAS) {
                        sink.report(Where.of(c, "BGPAdvertisement", ad.name()) + ": invalid community " + q(s)
                                        + " in BGP advertisement: invalid community format: " + s + " (no Community resource defines this alias; "
                                        + "the webhook admits it, but MetalLB does not load its configuration until the alias exists)",
                                Where.ids(c), "define the alias in a Community resource, or write the value as A:B or large:A:B:C");
                    }
                }
            }
        }
    }

    static void duplicateAlias(Context ctx, Sink sink) {
        for (Cluster c : ctx.topology().clusters()) {
            Set<String> seen = new HashSet<>();
            for (Community co : c.metallb().communities()) {
                for (Community.Alias a : co.communities()) {
                    if (!seen.add(a.name())) {
                        sink.report(Where.of(c, "Community", co.name()) + ": duplicate definition of community " + q(a.name()),
                                Where.ids(c), "give each alias one definition");
                    }
                }
            }
        }
    }

    private static String hint(String value) {
        BgpCommunity parsed = BgpCommunity.parse(value);
        String[] parts = value == null ? new String[0] : value.split(":", -1);
        if (parts.length == 2 && BgpCommunity.parse(parts[0] + ":0").kind() != BgpCommunity.Kind.STANDARD
                && parts[0].chars().allMatch(Character::isDigit) && !parts[0].isEmpty()) {
            return "a standard community holds a 16-bit AS; for a 4-byte AS use a large community: large:" + parts[0] + ":0:" + parts[1];
        }
        return parsed.kind() == BgpCommunity.Kind.INVALID_VALUE ? "write A:B (0..65535 each) or large:A:B:C (0..4294967295 each)"
                : "write A:B, large:A:B:C, or the name of an alias";
    }
}
