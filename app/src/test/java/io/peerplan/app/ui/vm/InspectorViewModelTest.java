package io.peerplan.app.ui.vm;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.model.Topology;
import io.peerplan.model.TopologyIndex;
import io.peerplan.model.io.ProjectLoadException;
import io.peerplan.model.sample.Samples;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InspectorViewModelTest {
    private DesignerViewModel vm;
    private InspectorViewModel inspector;

    @BeforeEach
    void open() throws ProjectLoadException {
        vm = new DesignerViewModel(Samples.load("two-dc-anycast"), null, t -> List.of(), Runnable::run, 1);
        inspector = new InspectorViewModel(vm);
    }

    @AfterEach
    void close() {
        vm.close();
    }

    private Topology t() {
        return vm.topology();
    }

    @Test
    void showsTheSelectedRoutersFields() {
        vm.selection().select("gateway-alfa-unoone");
        assertThat(inspector.titleProperty().get()).isEqualTo("Router gateway-alfa-unoone");
        assertThat(inspector.field("AS number").text()).isEqualTo("64859");
        assertThat(inspector.field("Interfaces").text())
                .isEqualTo("eth0 198.51.100.14/29 alfa-link\neth1 192.168.247.254/24 alfa-cloud");
        vm.selection().select(List.of("antares", "betelgeuse"));
        assertThat(inspector.fields()).isEmpty();
        assertThat(inspector.titleProperty().get()).isEqualTo("2 elements selected");
    }

    @Test
    void invalidTextIsFlaggedAsTypedAndNeverApplied() {
        vm.selection().select("gateway-alfa-unoone");
        FieldViewModel asn = inspector.field("AS number");
        asn.textProperty().set("4294967296");
        assertThat(asn.error()).contains("out of range");
        assertThat(asn.commit()).isFalse();
        asn.textProperty().set("64x");
        assertThat(asn.error()).isEqualTo("'64x' is not a number");
        assertThat(vm.document().undoDepth()).isZero();
        asn.textProperty().set("65001");
        assertThat(asn.error()).isNull();
        assertThat(asn.commit()).isTrue();
        assertThat(new TopologyIndex(t()).router("gateway-alfa-unoone").orElseThrow().asn().value()).isEqualTo(65001);
        assertThat(vm.document().undoDepth()).isEqualTo(1);
        assertThat(vm.document().undoTextProperty().get()).isEqualTo("Undo Set as number of gateway-alfa-unoone");
    }

    @Test
    void undoRefreshesTheFieldInPlace() {
        vm.selection().select("antares");
        FieldViewModel name = inspector.field("Name");
        name.textProperty().set("Antares-2");
        name.commit();
        vm.undo();
        assertThat(inspector.field("Name")).as("same field object: focus stays").isSameAs(name);
        assertThat(name.text()).isEqualTo("Antares");
    }

    @Test
    void renamingTheIdFollowsReferencesAndTheSelection() {
        vm.selection().select("antares");
        FieldViewModel id = inspector.field("Id");
        id.textProperty().set("betelgeuse");
        assertThat(id.error()).contains("already");
        id.textProperty().set("antares-spb");
        assertThat(id.commit()).isTrue();
        assertThat(vm.selection().keys()).containsExactly("antares-spb");
        assertThat(inspector.titleProperty().get()).isEqualTo("Router antares-spb");
        assertThat(new TopologyIndex(t()).peering("alfa-provider").orElseThrow().b().element()).isEqualTo("antares-spb");
    }

    @Test
    void interfacesAreCheckedLineByLine() {
        vm.selection().select("antares");
        FieldViewModel ifs = inspector.field("Interfaces");
        ifs.textProperty().set("eth0 198.51.100.9/29 alfa-link\neth1 198.18.0.1");
        assertThat(ifs.error()).startsWith("line 2:");
        ifs.textProperty().set("eth0 198.51.100.9/29 nowhere");
        assertThat(ifs.error()).isEqualTo("line 1: no network with id 'nowhere'");
    }

    @Test
    void peeringEndsAreEditedSideBySide() {
        vm.selection().select("alfa-provider");
        assertThat(inspector.titleProperty().get()).isEqualTo("Peering alfa-provider");
        FieldViewModel remoteAs = inspector.field("Remote AS");
        assertThat(remoteAs.text()).isEqualTo("65101");
        remoteAs.textProperty().set("65999");
        assertThat(remoteAs.commit()).isTrue();
        assertThat(new TopologyIndex(t()).peering("alfa-provider").orElseThrow().a().config().remoteAs()).isEqualTo("65999");
        remoteAs.textProperty().set("internal");
        assertThat(remoteAs.error()).isNull();
    }

    @Test
    void clusterEndEditsTheMetalLbBgpPeer() {
        vm.selection().select("alfa-speakers");
        FieldViewModel myAsn = inspector.field("My ASN");
        assertThat(myAsn.text()).isEqualTo("64859");
        myAsn.textProperty().set("64860");
        assertThat(myAsn.commit()).isTrue();
        assertThat(t().clusters().getFirst().metallb().peers().getFirst().myASN()).isEqualTo(64860L);
    }

    @Test
    void nodeSpeakerCheckboxTogglesTheExclusionLabel() {
        vm.selection().select("alfa-worker-1");
        FieldViewModel speaker = inspector.field("MetalLB speaker");
        assertThat(speaker.text()).isEqualTo("true");
        speaker.textProperty().set("false");
        assertThat(speaker.commit()).isTrue();
        assertThat(new TopologyIndex(t()).node("alfa-worker-1").orElseThrow().isSpeaker()).isFalse();
    }

    @Test
    void poolRenameFollowsServicesAndTheSelection() {
        vm.selection().select("k8s-alfa/pool/anycast-pool");
        FieldViewModel name = inspector.field("Name");
        name.textProperty().set("anycast");
        assertThat(name.commit()).isTrue();
        assertThat(vm.selection().keys()).containsExactly("k8s-alfa/pool/anycast");
        assertThat(t().clusters().getFirst().services()).allSatisfy(s -> assertThat(s.pool()).isEqualTo("anycast"));
    }

    @Test
    void serviceEndpointsMustNameNodesOfTheCluster() {
        vm.selection().select("k8s-alfa/service/default/echo-svc-sameip");
        FieldViewModel endpoints = inspector.field("Endpoint nodes");
        endpoints.textProperty().set("alfa-worker-1, bravo-worker-1");
        assertThat(endpoints.error()).isEqualTo("cluster 'k8s-alfa' has no node named 'bravo-worker-1'");
    }
}
