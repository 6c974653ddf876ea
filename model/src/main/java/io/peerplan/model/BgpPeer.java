package io.peerplan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * MetalLB BGPPeer (metallb.io/v1beta2), field for field. Timers are Go durations as written
 * ({@code 90s}, {@code 1m30s}). {@code password} mirrors the API so that imported configs can be
 * checked; the validator warns that it should be a {@code passwordSecret}.
 *
 * @param dualStackAddressFamily {@code spec.dualStackAddressFamily}: FRR modes only; the session carries
 *                               both IPv4 and IPv6 routes (the native speaker refuses it)
 * @param toReceive              frr-k8s only: the routes the nodes accept from this peer (none when null,
 *                               as MetalLB and Cilium accept none)
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
        List<LabelSelector> nodeSelectors,
        Boolean dualStackAddressFamily,
        ToReceive toReceive) {

    public BgpPeer {
        nodeSelectors = Lists.copy(nodeSelectors);
    }

    /** A peer without {@code dualStackAddressFamily} (the form every earlier caller used). */
    public BgpPeer(String name, Long myASN, Long peerASN, String dynamicASN, Long localASN, String peerAddress,
            String interfaceName, String sourceAddress, Integer peerPort, String holdTime, String keepaliveTime,
            String connectTime, String routerID, String password, String passwordSecret, String bfdProfile,
            Boolean ebgpMultiHop, String vrf, Boolean enableGracefulRestart, Boolean disableMP,
            List<LabelSelector> nodeSelectors) {
        this(name, myASN, peerASN, dynamicASN, localASN, peerAddress, interfaceName, sourceAddress, peerPort, holdTime,
                keepaliveTime, connectTime, routerID, password, passwordSecret, bfdProfile, ebgpMultiHop, vrf,
                enableGracefulRestart, disableMP, nodeSelectors, null, null);
    }

    /** A peer without {@code toReceive} (every speaker's form but frr-k8s's). */
    public BgpPeer(String name, Long myASN, Long peerASN, String dynamicASN, Long localASN, String peerAddress,
            String interfaceName, String sourceAddress, Integer peerPort, String holdTime, String keepaliveTime,
            String connectTime, String routerID, String password, String passwordSecret, String bfdProfile,
            Boolean ebgpMultiHop, String vrf, Boolean enableGracefulRestart, Boolean disableMP,
            List<LabelSelector> nodeSelectors, Boolean dualStackAddressFamily) {
        this(name, myASN, peerASN, dynamicASN, localASN, peerAddress, interfaceName, sourceAddress, peerPort, holdTime,
                keepaliveTime, connectTime, routerID, password, passwordSecret, bfdProfile, ebgpMultiHop, vrf,
                enableGracefulRestart, disableMP, nodeSelectors, dualStackAddressFamily, null);
    }

    /** True when the node's labels match one of the selectors (none means every node). */
    public boolean selects(Node node) {
        return nodeSelectors.isEmpty() || nodeSelectors.stream().anyMatch(s -> s.matches(node.labels()));
    }

    // Typed copies with one component replaced, for the designer's edits (WithersTest pins each
    // to its own component: a positional slip in these constructor calls would otherwise compile).
    public BgpPeer withMyASN(Long value) {
        return new BgpPeer(name, value, peerASN, dynamicASN, localASN, peerAddress, interfaceName, sourceAddress,
                peerPort, holdTime, keepaliveTime, connectTime, routerID, password, passwordSecret, bfdProfile,
                ebgpMultiHop, vrf, enableGracefulRestart, disableMP, nodeSelectors, dualStackAddressFamily, toReceive);
    }

    public BgpPeer withPeerASN(Long value) {
        return new BgpPeer(name, myASN, value, dynamicASN, localASN, peerAddress, interfaceName, sourceAddress,
                peerPort, holdTime, keepaliveTime, connectTime, routerID, password, passwordSecret, bfdProfile,
                ebgpMultiHop, vrf, enableGracefulRestart, disableMP, nodeSelectors, dualStackAddressFamily, toReceive);
    }

    public BgpPeer withPeerAddress(String value) {
        return new BgpPeer(name, myASN, peerASN, dynamicASN, localASN, value, interfaceName, sourceAddress, peerPort,
                holdTime, keepaliveTime, connectTime, routerID, password, passwordSecret, bfdProfile, ebgpMultiHop, vrf,
                enableGracefulRestart, disableMP, nodeSelectors, dualStackAddressFamily, toReceive);
    }

    public BgpPeer withBfdProfile(String value) {
        return new BgpPeer(name, myASN, peerASN, dynamicASN, localASN, peerAddress, interfaceName, sourceAddress,
                peerPort, holdTime, keepaliveTime, connectTime, routerID, password, passwordSecret, value, ebgpMultiHop,
                vrf, enableGracefulRestart, disableMP, nodeSelectors, dualStackAddressFamily, toReceive);
    }

    public BgpPeer withEbgpMultiHop(Boolean value) {
        return new BgpPeer(name, myASN, peerASN, dynamicASN, localASN, peerAddress, interfaceName, sourceAddress,
                peerPort, holdTime, keepaliveTime, connectTime, routerID, password, passwordSecret, bfdProfile, value,
                vrf, enableGracefulRestart, disableMP, nodeSelectors, dualStackAddressFamily, toReceive);
    }

    public BgpPeer withHoldTime(String value) {
        return new BgpPeer(name, myASN, peerASN, dynamicASN, localASN, peerAddress, interfaceName, sourceAddress,
                peerPort, value, keepaliveTime, connectTime, routerID, password, passwordSecret, bfdProfile,
                ebgpMultiHop, vrf, enableGracefulRestart, disableMP, nodeSelectors, dualStackAddressFamily, toReceive);
    }

    public BgpPeer withKeepaliveTime(String value) {
        return new BgpPeer(name, myASN, peerASN, dynamicASN, localASN, peerAddress, interfaceName, sourceAddress,
                peerPort, holdTime, value, connectTime, routerID, password, passwordSecret, bfdProfile, ebgpMultiHop,
                vrf, enableGracefulRestart, disableMP, nodeSelectors, dualStackAddressFamily, toReceive);
    }

    public BgpPeer withName(String value) {
        return new BgpPeer(value, myASN, peerASN, dynamicASN, localASN, peerAddress, interfaceName, sourceAddress, peerPort, holdTime, keepaliveTime, connectTime, routerID, password, passwordSecret, bfdProfile, ebgpMultiHop, vrf, enableGracefulRestart, disableMP, nodeSelectors, dualStackAddressFamily, toReceive);
    }

    public BgpPeer withDynamicASN(String value) {
        return new BgpPeer(name, myASN, peerASN, value, localASN, peerAddress, interfaceName, sourceAddress, peerPort, holdTime, keepaliveTime, connectTime, routerID, password, passwordSecret, bfdProfile, ebgpMultiHop, vrf, enableGracefulRestart, disableMP, nodeSelectors, dualStackAddressFamily, toReceive);
    }

    public BgpPeer withLocalASN(Long value) {
        return new BgpPeer(name, myASN, peerASN, dynamicASN, value, peerAddress, interfaceName, sourceAddress, peerPort, holdTime, keepaliveTime, connectTime, routerID, password, passwordSecret, bfdProfile, ebgpMultiHop, vrf, enableGracefulRestart, disableMP, nodeSelectors, dualStackAddressFamily, toReceive);
    }

    public BgpPeer withInterfaceName(String value) {
        return new BgpPeer(name, myASN, peerASN, dynamicASN, localASN, peerAddress, value, sourceAddress, peerPort, holdTime, keepaliveTime, connectTime, routerID, password, passwordSecret, bfdProfile, ebgpMultiHop, vrf, enableGracefulRestart, disableMP, nodeSelectors, dualStackAddressFamily, toReceive);
    }

    public BgpPeer withSourceAddress(String value) {
        return new BgpPeer(name, myASN, peerASN, dynamicASN, localASN, peerAddress, interfaceName, value, peerPort, holdTime, keepaliveTime, connectTime, routerID, password, passwordSecret, bfdProfile, ebgpMultiHop, vrf, enableGracefulRestart, disableMP, nodeSelectors, dualStackAddressFamily, toReceive);
    }

    public BgpPeer withPeerPort(Integer value) {
        return new BgpPeer(name, myASN, peerASN, dynamicASN, localASN, peerAddress, interfaceName, sourceAddress, value, holdTime, keepaliveTime, connectTime, routerID, password, passwordSecret, bfdProfile, ebgpMultiHop, vrf, enableGracefulRestart, disableMP, nodeSelectors, dualStackAddressFamily, toReceive);
    }

    public BgpPeer withConnectTime(String value) {
        return new BgpPeer(name, myASN, peerASN, dynamicASN, localASN, peerAddress, interfaceName, sourceAddress, peerPort, holdTime, keepaliveTime, value, routerID, password, passwordSecret, bfdProfile, ebgpMultiHop, vrf, enableGracefulRestart, disableMP, nodeSelectors, dualStackAddressFamily, toReceive);
    }

    public BgpPeer withRouterID(String value) {
        return new BgpPeer(name, myASN, peerASN, dynamicASN, localASN, peerAddress, interfaceName, sourceAddress, peerPort, holdTime, keepaliveTime, connectTime, value, password, passwordSecret, bfdProfile, ebgpMultiHop, vrf, enableGracefulRestart, disableMP, nodeSelectors, dualStackAddressFamily, toReceive);
    }

    public BgpPeer withPassword(String value) {
        return new BgpPeer(name, myASN, peerASN, dynamicASN, localASN, peerAddress, interfaceName, sourceAddress, peerPort, holdTime, keepaliveTime, connectTime, routerID, value, passwordSecret, bfdProfile, ebgpMultiHop, vrf, enableGracefulRestart, disableMP, nodeSelectors, dualStackAddressFamily, toReceive);
    }

    public BgpPeer withPasswordSecret(String value) {
        return new BgpPeer(name, myASN, peerASN, dynamicASN, localASN, peerAddress, interfaceName, sourceAddress, peerPort, holdTime, keepaliveTime, connectTime, routerID, password, value, bfdProfile, ebgpMultiHop, vrf, enableGracefulRestart, disableMP, nodeSelectors, dualStackAddressFamily, toReceive);
    }

    public BgpPeer withVrf(String value) {
        return new BgpPeer(name, myASN, peerASN, dynamicASN, localASN, peerAddress, interfaceName, sourceAddress, peerPort, holdTime, keepaliveTime, connectTime, routerID, password, passwordSecret, bfdProfile, ebgpMultiHop, value, enableGracefulRestart, disableMP, nodeSelectors, dualStackAddressFamily, toReceive);
    }

    public BgpPeer withEnableGracefulRestart(Boolean value) {
        return new BgpPeer(name, myASN, peerASN, dynamicASN, localASN, peerAddress, interfaceName, sourceAddress, peerPort, holdTime, keepaliveTime, connectTime, routerID, password, passwordSecret, bfdProfile, ebgpMultiHop, vrf, value, disableMP, nodeSelectors, dualStackAddressFamily, toReceive);
    }

    public BgpPeer withDisableMP(Boolean value) {
        return new BgpPeer(name, myASN, peerASN, dynamicASN, localASN, peerAddress, interfaceName, sourceAddress, peerPort, holdTime, keepaliveTime, connectTime, routerID, password, passwordSecret, bfdProfile, ebgpMultiHop, vrf, enableGracefulRestart, value, nodeSelectors, dualStackAddressFamily, toReceive);
    }

    public BgpPeer withNodeSelectors(List<LabelSelector> value) {
        return new BgpPeer(name, myASN, peerASN, dynamicASN, localASN, peerAddress, interfaceName, sourceAddress, peerPort, holdTime, keepaliveTime, connectTime, routerID, password, passwordSecret, bfdProfile, ebgpMultiHop, vrf, enableGracefulRestart, disableMP, value, dualStackAddressFamily, toReceive);
    }

    public BgpPeer withDualStackAddressFamily(Boolean value) {
        return new BgpPeer(name, myASN, peerASN, dynamicASN, localASN, peerAddress, interfaceName, sourceAddress, peerPort, holdTime, keepaliveTime, connectTime, routerID, password, passwordSecret, bfdProfile, ebgpMultiHop, vrf, enableGracefulRestart, disableMP, nodeSelectors, value, toReceive);
    }

    public BgpPeer withToReceive(ToReceive value) {
        return new BgpPeer(name, myASN, peerASN, dynamicASN, localASN, peerAddress, interfaceName, sourceAddress, peerPort,
                holdTime, keepaliveTime, connectTime, routerID, password, passwordSecret, bfdProfile, ebgpMultiHop, vrf,
                enableGracefulRestart, disableMP, nodeSelectors, dualStackAddressFamily, value);
    }
}
