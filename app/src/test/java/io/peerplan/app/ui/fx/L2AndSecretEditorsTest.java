package io.peerplan.app.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.model.AddressPool;
import io.peerplan.model.BgpPeer;
import io.peerplan.model.Cluster;
import io.peerplan.model.KubeSecret;
import io.peerplan.model.L2Advertisement;
import io.peerplan.model.Service;
import io.peerplan.model.TopologyIndex;
import io.peerplan.model.io.ProjectLoadException;
import io.peerplan.model.sample.Samples;
import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 13's last MetalLB editors on mikrotik-core, by mouse and keyboard: a Secret for a BGPPeer's
 * TCP-MD5 password (added valid, chosen in the peer's drop-down, renamed with the reference in one
 * undo, refused removal while used, a bad key refused at the table), an L2Advertisement (its
 * pools and interfaces), a pool's protocol, auto-assign and avoid-buggy-IPs, and a service's
 * loadBalancerIP and sharing key; bad input shows its message at the field and applies nothing.
 */
class L2AndSecretEditorsTest extends DesignerFxTest {

    @BeforeEach
    void openSample() throws ProjectLoadException {
        open(Samples.load("mikrotik-core"));
    }

    @Test
    void aSecretIsAddedNamedByThePeerRenamedWithItAndKeptWhileUsed() {
        clickOutline("k8s");
        clickField("#field-secrets-add");
        assertThat(cluster().metallb().secrets()).containsExactly(
                new KubeSecret("bgp-password-1", KubeSecret.BASIC_AUTH, java.util.List.of("password")));
        typeCell("#field-secrets-1-name", "core-md5");

        clickOutline("peer1 · BGPPeer");
        choose("#field-password-secret", "core-md5");
        assertThat(peer().passwordSecret()).isEqualTo("core-md5");

        clickOutline("core-md5 · Secret");
        assertSelected("k8s/secret/core-md5");
        clickField("#field-keys-add");
        typeCell("#field-keys-2-key", "two words");
        assertThat(this.<Label>node("#field-keys-message").getText()).contains("not a Secret data key");
        assertThat(secret().keys()).as("nothing applied").containsExactly("password", "key-1");
        typeCell("#field-keys-2-key", "username");
        assertThat(secret().keys()).containsExactly("password", "username");

        setField("field-name", "Core_MD5");
        assertThat(cluster().metallb().secrets()).extracting(KubeSecret::name).as("an RFC 1123 name only").containsExactly("core-md5");
        setField("field-name", "core-bgp");
        assertSelected("k8s/secret/core-bgp");
        assertThat(peer().passwordSecret()).as("the peer's reference followed").isEqualTo("core-bgp");
        int depth = model().document().undoDepth();
        robot.interact(() -> model().document().undo());
        settle();
        assertThat(model().document().undoDepth()).isEqualTo(depth - 1);
        assertThat(peer().passwordSecret()).isEqualTo("core-md5");
        assertThat(cluster().metallb().secrets()).extracting(KubeSecret::name).containsExactly("core-md5");

        clickOutline("k8s");
        clickField("#field-secrets-1-name");
        clickField("#field-secrets-remove");
        assertThat(this.<Label>node("#field-secrets-message").getText()).contains("still used by BGPPeer peer1");
        assertThat(cluster().metallb().secrets()).hasSize(1);
    }

    @Test
    void anL2AdvertisementsPoolsAndInterfaces() {
        clickOutline("k8s");
        clickField("#field-l2-advertisements-add");
        clickOutline("l2advertisement-1 · L2Advertisement");
        assertSelected("k8s/l2advertisement/l2advertisement-1");
        clickField("#field-ip-address-pools-add");
        choose("#field-ip-address-pools-1-pool", "public");
        clickField("#field-interfaces-add");
        typeCell("#field-interfaces-1-interface", "bond 0");
        assertThat(this.<Label>node("#field-interfaces-message").getText()).isNotBlank();
        typeCell("#field-interfaces-1-interface", "bond0");
        assertThat(cluster().metallb().l2Advertisements()).containsExactly(
                new L2Advertisement("l2advertisement-1", java.util.List.of("public"), null, null, java.util.List.of("bond0")));
        assertThat(model().document().undoDepth()).as("add, pool row, its choice, interface row, its name").isEqualTo(5);
    }

    @Test
    void aPoolsProtocolAndSwitchesAndAServicesRequestedIp() {
        clickOutline("public · 200.1.154.64/26");
        choose("#field-protocol", "layer2");
        choose("#field-avoid-buggy-ips", "yes");
        choose("#field-auto-assign", "default");
        AddressPool pool = cluster().metallb().pool("public").orElseThrow();
        assertThat(pool.protocol()).isEqualTo("layer2");
        assertThat(pool.avoidBuggyIPs()).isTrue();
        assertThat(pool.autoAssign()).isNull();

        clickOutline("smtp · 172.22.35.70");
        setField("field-loadbalancer-ip", "172.22.35.300");
        assertThat(window.inspectorModel().field("LoadBalancer IP").error()).as("the reason, at the field").isNotBlank();
        assertThat(service().loadBalancerIP()).as("nothing applied").isEqualTo("172.22.35.70");
        setField("field-loadbalancer-ip", "172.22.35.71");
        setField("field-sharing-key", "mail");
        assertThat(service().loadBalancerIP()).isEqualTo("172.22.35.71");
        assertThat(service().sharingKey()).isEqualTo("mail");
        assertThat(model().document().undoDepth()).isEqualTo(5);
    }

    private Cluster cluster() {
        return new TopologyIndex(topology()).cluster("k8s").orElseThrow();
    }

    private BgpPeer peer() {
        return cluster().metallb().peer("peer1").orElseThrow();
    }

    private KubeSecret secret() {
        return cluster().metallb().secrets().getFirst();
    }

    private Service service() {
        return cluster().services().getFirst();
    }

    /** The node once it is in the scene: the inspector lays a table's message out after the commit's event. */
    private <T extends javafx.scene.Node> T node(String query) {
        waitUntil(() -> robot.lookup(query).tryQuery().isPresent());
        return robot.lookup(query).query();
    }
}
