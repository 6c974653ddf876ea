package io.peerplan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * MetalLB BGPPeer (metallb.io/v1beta2), field for field. Timers are Go durations as written
 * ({@code 90s}, {@code 1m30s}). {@code password} mirrors the API so that imported configs can be
 * checked; the validator warns that it should be a {@code passwordSecret}.
 */
public record BgpPeer(
        String name,
        Long myASN,
        Long peerASN,
        String dynamicASN,
        Long localASN,
        String peerAddress,
        @JsonProperty("interface") String interfaceName,
        String sourceAddress,
        Integer peerPort,
        String holdTime,
        String keepaliveTime,
        String connectTime,
        String routerID,
        String password,
        String passwordSecret,
        String bfdProfile,
        Boolean ebgpMultiHop,
        String vrf,
        Boolean enableGracefulRestart,
        Boolean disableMP,
        List<LabelSelector> nodeSelectors) {

    public BgpPeer {
        nodeSelectors = Lists.copy(nodeSelectors);
    }

    /** True when the node's labels match one of the selectors (none means every node). */
    public boolean selects(Node node) {
        return nodeSelectors.isEmpty() || nodeSelectors.stream().anyMatch(s -> s.matches(node.labels()));
    }
}
