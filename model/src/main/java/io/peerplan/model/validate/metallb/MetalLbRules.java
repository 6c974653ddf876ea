package io.peerplan.model.validate.metallb;

import io.peerplan.model.validate.RuleInfo;
import io.peerplan.model.validate.core.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The MetalLB webhook-parity family (reference.md §1): every rule, and which ones the admission path enforces. */
public final class MetalLbRules {
    private MetalLbRules() {
    }

    public static List<Rule> rules() {
        List<Rule> all = new ArrayList<>();
        all.addAll(ObjectRules.rules());
        all.addAll(PoolRules.rules());
        all.addAll(PeerRules.rules());
        all.addAll(ModeRules.rules());
        all.addAll(AdvertisementRules.rules());
        all.addAll(CommunityRules.rules());
        all.addAll(BfdRules.rules());
        all.addAll(SpeakerRules.rules());
        return all;
    }

    /**
     * The rules whose errors the real admission path (API server schema + MetalLB webhook) refuses.
     * The others are either load-time failures MetalLB's webhook deliberately lets through
     * (TransientError: an undefined BFD profile or community alias, which may be created later), or
     * Peerplan's own advice (warnings).
     */
    public static Set<String> admissionRuleIds() {
        Set<RuleInfo> notAdmission = Set.of(PeerRules.BFD_PROFILE_UNDEFINED, CommunityRules.ALIAS_UNDEFINED);
        return rules().stream().map(Rule::info)
                .filter(i -> i.severity() == io.peerplan.model.validate.Severity.ERROR && !notAdmission.contains(i))
                .map(RuleInfo::id).collect(Collectors.toUnmodifiableSet());
    }
}
