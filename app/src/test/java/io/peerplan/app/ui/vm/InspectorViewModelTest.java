package io.peerplan.app.ui.vm;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.model.Interface;
import io.peerplan.model.IpPrefix;
import io.peerplan.model.Router;
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
        vm.selection().select(List.of("antares", "k8s-alfa"));
        assertThat(inspector.fields()).as("different kinds share no form").isEmpty();
        assertThat(inspector.titleProperty().get()).isEqualTo("2 elements selected");
    }

    @Test
    void withNothingSelectedTheDesignsNameAndDescriptionAreEditedAsOneUndoableEditEach() {
        vm.selection().select(List.of());
        assertThat(inspector.titleProperty().get()).isEqualTo("Design two-dc-anycast");
        FieldViewModel name = inspector.field("Design name");
        name.textProperty().set(" ");
        assertThat(name.commit()).as("a design needs a name").isFalse();
        name.textProperty().set("homelab");
        assertThat(name.commit()).isTrue();
        FieldViewModel description = inspector.field("Design description");
        description.textProperty().set("Two clusters.");
        assertThat(description.commit()).isTrue();
        assertThat(t().name()).isEqualTo("homelab");
        assertThat(t().description()).isEqualTo("Two clusters.");
        assertThat(inspector.titleProperty().get()).isEqualTo("Design homelab");
        assertThat(vm.document().undoDepth()).isEqualTo(2);
        vm.document().undo();
        vm.document().undo();
        assertThat(t().name()).isEqualTo("two-dc-anycast");
    }

    @Test
    void aFieldSharedBySeveralElementsIsWrittenToAllAsOneEditOrRefusedForAll() {
        vm.selection().select(List.of("antares", "betelgeuse"));
        assertThat(inspector.titleProperty().get()).isEqualTo("2 × Router: the fields they share");
        assertThat(inspector.fields()).extracting(FieldViewModel::label).contains("AS number", "Platform", "Description")
                .doesNotContain("Id", "Name", "Interfaces");
        FieldViewModel asn = inspector.field("AS number");
        assertThat(asn.text()).as("they differ").isEmpty();
        asn.textProperty().set("4294967296");
        assertThat(asn.commit()).isFalse();
        assertThat(vm.document().undoDepth()).isZero();

        FieldViewModel description = inspector.field("Description");
        description.textProperty().set("upstream transit");
        assertThat(description.commit()).isTrue();
        TopologyIndex index = new TopologyIndex(t());
        assertThat(List.of(index.router("antares").orElseThrow(), index.router("betelgeuse").orElseThrow()))
                .extracting(Router::description).containsExactly("upstream transit", "upstream transit");
        assertThat(vm.document().undoDepth()).isEqualTo(1);
        assertThat(inspector.field("Description").text()).isEqualTo("upstream transit");
        vm.document().undo();
        assertThat(new TopologyIndex(t()).router("betelgeuse").orElseThrow().description()).isNotEqualTo("upstream transit");
        assertThat(vm.selection().keys()).containsExactlyInAnyOrder("antares", "betelgeuse");
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
    void interfacesAreATableWhoseCellsAreCheckedAndCommittedOneStepEach() {
        vm.selection().select("antares");
        TableViewModel ifs = inspector.field("Interfaces").table();
        assertThat(ifs.rows()).hasSize(2);
        CellViewModel address = ifs.rows().get(1).get(1);
        assertThat(address.text()).isEqualTo("198.18.0.1/30");

        address.textProperty().set("198.18.0.1/33");
        assertThat(address.error()).isNotBlank();
        assertThat(ifs.message()).startsWith("Interface 2, Address: ");
        assertThat(address.commit()).as("refused: nothing applied").isFalse();
        assertThat(vm.document().undoDepth()).isZero();
        CellViewModel name = ifs.rows().get(1).get(0);
        name.textProperty().set("eth0");
        assertThat(name.error()).isEqualTo("another interface already has name eth0");

        name.textProperty().set("ether2");
        assertThat(ifs.message()).as("the refused address is still typed").startsWith("Interface 2, Address: ");
        assertThat(name.commit()).isTrue();
        assertThat(address.text()).as("every cell shows the model after an edit").isEqualTo("198.18.0.1/30");
        address.textProperty().set("198.18.0.2/30");
        assertThat(ifs.message()).isNull();
        assertThat(address.commit()).isTrue();
        assertThat(vm.document().undoDepth()).isEqualTo(2);
        assertThat(vm.document().undoTextProperty().get()).isEqualTo("Undo Set address of interface 2 in interfaces");
        assertThat(antares().interfaces().get(1)).isEqualTo(new Interface("ether2", IpPrefix.parse("198.18.0.2/30"),
                "internet-antares"));
        assertThat(inspector.field("Interfaces").table()).as("same table: focus stays").isSameAs(ifs);
        assertThat(ifs.rows().get(1).get(0)).as("same cells, refreshed in place").isSameAs(name);
        vm.undo();
        assertThat(address.text()).isEqualTo("198.18.0.1/30");
    }

    @Test
    void rowOperationsAreOneUndoStepEachAndTheCurrentRowFollows() {
        vm.selection().select("antares");
        TableViewModel ifs = inspector.field("Interfaces").table();
        assertThat(ifs.remove()).as("no current row yet").isFalse();
        assertThat(ifs.message()).isEqualTo("Select the interface to remove first");

        assertThat(ifs.add()).isTrue();
        assertThat(ifs.currentRow()).isEqualTo(2);
        Interface added = antares().interfaces().get(2);
        assertThat(added.name()).isEqualTo("eth2");
        assertThat(added.network()).as("a network antares is not on yet").isEqualTo("alfa-cloud");
        assertThat(IpPrefix.parse("192.168.247.0/24").contains(added.address().ip())).isTrue();

        assertThat(ifs.move(-1)).isTrue();
        assertThat(ifs.currentRow()).isEqualTo(1);
        assertThat(antares().interfaces().stream().map(Interface::name)).containsExactly("eth0", "eth2", "eth1");
        assertThat(ifs.move(-1)).isTrue();
        assertThat(ifs.move(-1)).as("already first").isFalse();
        assertThat(ifs.message()).isEqualTo("the interface is already first");
        assertThat(ifs.remove()).isTrue();
        assertThat(antares().interfaces().stream().map(Interface::name)).containsExactly("eth0", "eth1");
        assertThat(vm.document().undoDepth()).isEqualTo(4);
        assertThat(vm.document().undoTextProperty().get()).isEqualTo("Undo Remove interface 1 from interfaces");
        vm.undo();
        vm.undo();
        vm.undo();
        assertThat(ifs.rows()).hasSize(3);
        vm.undo();
        assertThat(ifs.rows()).hasSize(2);
        assertThat(t()).isEqualTo(vm.document().topology());
        assertThat(antares().interfaces().stream().map(Interface::name)).containsExactly("eth0", "eth1");
    }

    private Router antares() {
        return new TopologyIndex(t()).router("antares").orElseThrow();
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
