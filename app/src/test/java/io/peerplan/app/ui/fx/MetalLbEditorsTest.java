package io.peerplan.app.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.app.findings.FindingsSource;
import io.peerplan.app.findings.ValidatorFindings;
import io.peerplan.model.BgpAdvertisement;
import io.peerplan.model.BgpPeer;
import io.peerplan.model.Cluster;
import io.peerplan.model.TopologyIndex;
import io.peerplan.model.io.ProjectLoadException;
import io.peerplan.model.sample.Samples;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The cluster side of the inspector on two-dc-anycast, by mouse and keyboard: a BGPPeer selected
 * in the outline and edited field by field (MetalLB's own refusals shown at the field before
 * anything is applied, the BFD profile from a drop-down of the cluster's profiles), an
 * advertisement's tables, the cluster's table of advertisements (add, rename with references,
 * a refused remove), a shared field edited on two peers at once as one undo step, and a clicked
 * MetalLB finding that selects the object and focuses its field with the fix shown.
 */
class MetalLbEditorsTest extends DesignerFxTest {
    private static final String ALFA_PEER = "k8s-alfa/bgppeer/gateway-alfa-unoone";

    @Override
    FindingsSource findings() {
        return ValidatorFindings.INSTANCE;
    }

    @BeforeEach
    void openSample() throws ProjectLoadException {
        open(Samples.load("two-dc-anycast"));
    }

    @Test
    void aBgpPeersFieldsAreTypedCheckedByMetalLbsRulesAndUndone() {
        clickOutline("gateway-alfa-unoone · BGPPeer");
        assertSelected(ALFA_PEER);

        type("#field-hold-time", "2s", KeyCode.ENTER);
        assertThat(error("#field-hold-time")).as("MetalLB's parseTimers words it")
                .isEqualTo("invalid BGPPeer timers: invalid hold time \"2s\": must be 0 or >=3s");
        assertThat(peer().holdTime()).as("nothing applied").isNull();
        assertThat(undoDepth()).isZero();

        type("#field-hold-time", "9s", KeyCode.TAB);
        assertThat(peer().holdTime()).isEqualTo("9s");
        assertThat(focusedId()).as("Tab walks on").isEqualTo("field-keepalive-time");
        assertSelected(ALFA_PEER);

        type("#field-keepalive-time", "1m", KeyCode.ENTER);
        assertThat(error("#field-keepalive-time")).contains("must be lower than holdTime");
        assertThat(peer().keepaliveTime()).isNull();
        type("#field-keepalive-time", "3s", KeyCode.ENTER);
        assertThat(peer().keepaliveTime()).isEqualTo("3s");

        type("#field-peer-port", "20000", KeyCode.ENTER);
        assertThat(error("#field-peer-port")).as("the CRD's limit").contains("16384");
        type("#field-peer-address", "192.168.247.300", KeyCode.ENTER);
        assertThat(error("#field-peer-address")).isNotNull();
        assertThat(peer().peerAddress()).isEqualTo("192.168.247.254");
        robot.push(KeyCode.ESCAPE);
        settle();

        robot.clickOn("#field-bfd-profile");
        settle();
        chooseInPopup("");
        assertThat(peer().bfdProfile()).isNull();
        assertThat(undoDepth()).isEqualTo(3);
        assertThat(model().document().undoTextProperty().get()).isEqualTo("Undo Set bfd profile of gateway-alfa-unoone");

        robot.interact(() -> model().document().undo());
        robot.interact(() -> model().document().undo());
        robot.interact(() -> model().document().undo());
        settle();
        assertThat(peer().bfdProfile()).isEqualTo("my-default");
        assertThat(peer().holdTime()).isNull();
        assertThat(this.<TextField>node("#field-hold-time").getText()).isEmpty();
        assertSelected(ALFA_PEER);
    }

    @Test
    void anAdvertisementsPeersAndAttributesAndTheClustersTableOfThem() {
        clickOutline("anycast-adv · BGPAdvertisement");
        assertSelected("k8s-alfa/advertisement/anycast-adv");

        robot.clickOn("#field-peers-add");
        settle();
        assertThat(advertisement().peers()).as("the cluster's first BGPPeer, from the drop-down's choices")
                .containsExactly("gateway-alfa-unoone");
        type("#field-local-pref", "150", KeyCode.ENTER);
        assertThat(advertisement().localPref()).isEqualTo(150L);
        type("#field-aggregation-length", "24", KeyCode.ENTER);
        assertThat(error("#field-aggregation-length")).as("MetalLB refuses aggregating a /29 pool to /24").isNotNull();
        assertThat(advertisement().aggregationLength()).isNull();
        robot.push(KeyCode.ESCAPE);
        settle();
        assertThat(undoDepth()).isEqualTo(2);

        // The cluster's form: a new advertisement, renamed in its row; the peer a peering stands for cannot go.
        clickOutline("k8s-alfa-unoone");
        assertSelected("k8s-alfa");
        robot.clickOn("#field-advertisements-add");
        settle();
        assertThat(alfa().metallb().advertisements()).extracting(BgpAdvertisement::name).containsExactly("anycast-adv", "advertisement-1");
        robot.clickOn("#field-advertisements-2-name");
        robot.push(KeyCode.CONTROL, KeyCode.A).write("edge-adv").push(KeyCode.ENTER);
        settle();
        assertThat(alfa().metallb().advertisements()).extracting(BgpAdvertisement::name).containsExactly("anycast-adv", "edge-adv");
        robot.clickOn("#field-bgp-peers-1-name");
        robot.clickOn("#field-bgp-peers-remove");
        settle();
        assertThat(this.<Label>node("#field-bgp-peers-message").getText()).contains("still used by peering alfa-speakers",
                "BGPAdvertisement anycast-adv");
        assertThat(alfa().metallb().peers()).hasSize(1);
        robot.clickOn("#field-bgp-peers-1-name");
        robot.push(KeyCode.CONTROL, KeyCode.A).write("alfa-gw").push(KeyCode.ENTER);
        settle();
        assertThat(alfa().metallb().peers()).extracting(BgpPeer::name).containsExactly("alfa-gw");
        assertThat(advertisement().peers()).as("the reference followed the rename").containsExactly("alfa-gw");
        assertThat(topology().peerings().stream().filter(p -> p.id().equals("alfa-speakers")).findFirst().orElseThrow()
                .endOf("k8s-alfa").bgpPeer()).isEqualTo("alfa-gw");
        assertThat(undoDepth()).as("peer row, localPref, new advertisement, its name, the peer's name").isEqualTo(5);
        robot.interact(() -> model().document().undo());
        settle();
        assertThat(advertisement().peers()).as("one undo takes the rename back everywhere").containsExactly("gateway-alfa-unoone");
        assertThat(alfa().metallb().peers()).extracting(BgpPeer::name).containsExactly("gateway-alfa-unoone");
    }

    @Test
    void aSharedFieldOfTwoPeersIsOneEditAndOneUndo() {
        clickOutline("gateway-alfa-unoone · BGPPeer");
        robot.press(KeyCode.CONTROL);
        clickOutline("gateway-bravo-bissotwo · BGPPeer");
        robot.release(KeyCode.CONTROL);
        settle();
        assertSelected(ALFA_PEER, "k8s-bravo/bgppeer/gateway-bravo-bissotwo");
        assertThat(this.<Label>node(".inspector .panel-title").getText()).isEqualTo("2 × BGPPeer: the fields they share");
        assertThat(robot.lookup("#field-name").tryQuery()).as("a name is each peer's own").isEmpty();

        type("#field-hold-time", "1s", KeyCode.ENTER);
        assertThat(error("#field-hold-time")).contains("must be 0 or >=3s");
        type("#field-hold-time", "30s", KeyCode.ENTER);
        assertThat(peers()).extracting(BgpPeer::holdTime).containsExactly("30s", "30s");
        assertThat(undoDepth()).isEqualTo(1);
        robot.interact(() -> model().document().undo());
        settle();
        assertThat(peers()).extracting(BgpPeer::holdTime).containsExactly(null, null);
    }

    @Test
    void aClickedMetalLbFindingSelectsTheObjectFocusesTheFieldAndShowsTheFix() {
        var t = topology();
        Cluster alfa = new TopologyIndex(t).cluster("k8s-alfa").orElseThrow();
        BgpPeer bad = alfa.metallb().peers().getFirst().withPeerPort(20000);
        robot.interact(() -> model().document().reset(t.withClusters(List.of(alfa.withMetallb(alfa.metallb().withPeers(List.of(bad))),
                t.clusters().get(1))), null, false));
        waitUntil(() -> model().findings().findings().stream().anyMatch(f -> f.ruleId().equals("METALLB-PEER-PORT")));
        var table = window.findings().table();
        int row = indexOf("METALLB-PEER-PORT");
        robot.interact(() -> table.scrollTo(row));
        settle();
        robot.clickOn(robot.lookup("#findings-table .table-row-cell").match((javafx.scene.control.TableRow<?> r) -> r.getIndex() == row)
                .<Node>query());
        settle();
        assertSelected(ALFA_PEER);
        waitUntil(() -> "field-peer-port".equals(focusedId()));
        assertThat(this.<Label>node(".inspector-hint").getText()).contains("peerPort", "Fix:");

        clickOutline("k8s-bravo-bissotwo");
        assertSelected("k8s-bravo");
        assertThat(robot.lookup(".inspector-hint").tryQuery()).as("the fix follows the selection").isEmpty();
    }

    private int indexOf(String ruleId) {
        var items = window.findings().table().getItems();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).ruleId().equals(ruleId)) {
                return i;
            }
        }
        throw new AssertionError("no finding " + ruleId);
    }

    /** Clicks into a field, replaces its text and ends with the given key. */
    private void type(String field, String text, KeyCode end) {
        robot.clickOn(field);
        robot.push(KeyCode.CONTROL, KeyCode.A).write(text).push(end);
        settle();
    }

    private void chooseInPopup(String text) {
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match((ListCell<?> c) -> text.equals(c.getText())
                && c.getItem() != null).<Node>query());
        settle();
    }

    /** The message under a field, or null when it has none. */
    private String error(String field) {
        Node f = node(field);
        return robot.lookup(".field-error").match((Label l) -> l.isVisible() && l.getParent() == f.getParent()).tryQuery()
                .map(n -> ((Label) n).getText()).orElse(null);
    }

    private Cluster alfa() {
        return new TopologyIndex(topology()).cluster("k8s-alfa").orElseThrow();
    }

    private BgpPeer peer() {
        return alfa().metallb().peers().getFirst();
    }

    private List<BgpPeer> peers() {
        return topology().clusters().stream().map(c -> c.metallb().peers().getFirst()).toList();
    }

    private BgpAdvertisement advertisement() {
        return alfa().metallb().advertisements().getFirst();
    }

    private int undoDepth() {
        return model().document().undoDepth();
    }

    private <T extends Node> T node(String query) {
        return robot.lookup(query).query();
    }
}
