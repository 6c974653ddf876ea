package io.peerplan.app.design;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.app.diagram.Card;
import io.peerplan.app.diagram.Diagram;
import io.peerplan.app.diagram.DiagramBuilder;
import io.peerplan.app.diagram.RegionBox;
import io.peerplan.app.render.DiagramPainter;
import io.peerplan.app.render.DiagramTheme;
import io.peerplan.app.render.Marks;
import io.peerplan.app.render.SvgSurface;
import io.peerplan.model.Interface;
import io.peerplan.model.IpPrefix;
import io.peerplan.model.Router;
import io.peerplan.model.Topology;
import io.peerplan.model.sample.Samples;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Cards size to their text: nothing on a sample's cards is cut, and the grown cards still leave each other room. */
class CardTextTest {

    static List<String> samples() {
        return Samples.all().stream().map(Samples.Sample::name).toList();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void noCardTextOfASampleIsCut(String sample) {
        Diagram d = DiagramBuilder.build(AutoLayout.ifNeeded(Fixtures.sample(sample)));
        SvgSurface s = new SvgSurface(3000, 2000);
        // Measured with the table the cards were sized with: an ellipsis here is a card too small for its text.
        new DiagramPainter(DiagramTheme.LIGHT, TextWidths::width).paintAll(s, d, Marks.NONE, 1, 24);
        List<String> cut = s.document().lines().filter(l -> l.contains("…")).toList();
        assertThat(cut).as("text drawn with an ellipsis").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void grownCardsOfASampleNeitherOverlapNorLeaveTheirRegion(String sample) {
        // As the designer opens it: cards the sample leaves unplaced (its internet-side networks) are placed first.
        Diagram d = DiagramBuilder.build(AutoLayout.ifNeeded(Fixtures.sample(sample)));
        List<String> problems = new ArrayList<>();
        List<Card> cards = d.cards();
        for (int i = 0; i < cards.size(); i++) {
            Footprint a = cards.get(i).bounds();
            for (int j = i + 1; j < cards.size(); j++) {
                Footprint b = cards.get(j).bounds();
                if (a.intersects(b.x(), b.y(), b.width(), b.height())) {
                    problems.add(cards.get(i).id() + " overlaps " + cards.get(j).id());
                }
            }
            String region = cards.get(i).region();
            for (RegionBox r : d.regions()) {
                Footprint rb = r.bounds();
                boolean inside = a.x() >= rb.x() && a.y() >= rb.y() && a.maxX() <= rb.maxX() && a.maxY() <= rb.maxY();
                if (r.id().equals(region) && !inside) {
                    problems.add(cards.get(i).id() + " sticks out of region " + r.id());
                }
                if (!r.id().equals(region) && rb.intersects(a.x(), a.y(), a.width(), a.height())) {
                    problems.add(cards.get(i).id() + " reaches into region " + r.id());
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aLongNameWidensTheCardAndManyAddressesWrapOntoMoreLines() {
        Topology t = Fixtures.sample("two-dc-anycast");
        Router r = t.routers().getFirst();
        List<Interface> many = IntStream.range(0, 8)
                .mapToObj(i -> new Interface("eth" + i, IpPrefix.parse("192.168.200." + (10 + i) + "/24"), null)).toList();
        Router wide = r.withName("gateway-alfa-unoone-with-a-longer-name").withInterfaces(many);

        Footprint plain = Footprint.at(r.withInterfaces(many.subList(0, 1)), 0, 0);
        Footprint grown = Footprint.at(wide, 0, 0);
        CardText text = CardText.of(wide);

        assertThat(plain.height()).isEqualTo(Footprint.ROUTER_HEIGHT);
        assertThat(grown.width()).isGreaterThan(plain.width())
                .isGreaterThanOrEqualTo(CardText.TEXT_LEFT + CardText.PAD + TextWidths.width(text.title(), CardText.TITLE, true));
        List<String> lines = text.detailLines(grown.width());
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(String.join(" ", lines)).isEqualTo(text.detail());
        assertThat(lines).allSatisfy(l -> assertThat(TextWidths.width(l, CardText.SMALL, false))
                .isLessThanOrEqualTo(grown.width() - 2 * CardText.PAD));
        assertThat(grown.height()).isEqualTo(Footprint.ROUTER_HEIGHT + CardText.LINE * (lines.size() - 1));
    }

    @Test
    void aNameLongerThanTheWidestCardIsTheOnlyTextCut() {
        Router r = Fixtures.sample("two-dc-anycast").routers().getFirst().withName("x".repeat(120));
        assertThat(Footprint.at(r, 0, 0).width()).isEqualTo(CardText.MAX_CARD);
    }

    @Test
    void wrappingKeepsEveryPartAndBreaksOnlyAfterTheSeparator() {
        assertThat(TextWidths.wrap("", 50, 11, false, ", ")).isEmpty();
        assertThat(TextWidths.wrap("10.0.0.1", 10, 11, false, ", ")).containsExactly("10.0.0.1");
        assertThat(TextWidths.wrap("10.0.0.1, 10.0.0.2, 10.0.0.3", 130, 11, false, ", "))
                .containsExactly("10.0.0.1, 10.0.0.2,", "10.0.0.3");
        assertThat(TextWidths.width("AS 1 · frr", 11, false)).isLessThan(TextWidths.width("AS 1 · frr", 11, true));
    }

    @Test
    void aClusterCardNamesItsSpeakerWhenItIsNotMetalLb() throws Exception {
        io.peerplan.model.Cluster alfa = Samples.load("two-dc-anycast").clusters().getFirst();

        assertThat(CardText.of(alfa).subtitle()).isEqualTo("AS 64859 · frr · 2/3 speakers");
        assertThat(CardText.of(alfa.withSpeaker(io.peerplan.model.Speaker.CILIUM)).subtitle()).isEqualTo("AS 64859 · cilium · 2/3 speakers");
        assertThat(CardText.of(alfa.withSpeaker(io.peerplan.model.Speaker.FRR_K8S)).subtitle())
                .isEqualTo("AS 64859 · frr-k8s only · 2/3 speakers");
    }
}
