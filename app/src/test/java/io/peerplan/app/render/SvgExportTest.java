package io.peerplan.app.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.app.diagram.Diagram;
import io.peerplan.app.diagram.DiagramBuilder;
import io.peerplan.model.io.ProjectLoadException;
import io.peerplan.model.sample.Samples;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The SVG export is drawn by the same painters as the canvas; here it is parsed back as XML. */
class SvgExportTest {

    @Test
    void theSampleExportsAsWellFormedSvgWithEveryElementAndFindingColours() throws Exception {
        Diagram d = DiagramBuilder.build(Samples.load("two-dc-anycast"));
        Marks marks = Marks.of(List.of(new Marks.Mark(Marks.Level.ERROR, List.of("alfa-provider", "gateway-alfa-unoone"))), d);
        SvgSurface s = new SvgSurface(1400, 800);
        new DiagramPainter(DiagramTheme.LIGHT, TextMeasure.APPROXIMATE).paintAll(s, d, marks, 1, 24);
        String svg = s.document();
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(doc.getElementsByTagName("text").getLength()).isGreaterThan(40);
        assertThat(svg).contains(">gateway-alfa-unoone<", ">Antares<", ">Internet clients<", ">alfa-worker-1<",
                ">203.0.113.64/29<", ">eBGP<", ">iBGP · BFD<");
        assertThat(svg).as("the error colour marks the peering and the badge").contains(DiagramTheme.LIGHT.error().hex());
        assertThat(svg).as("iBGP is dashed").contains("stroke-dasharray");
    }

    @Test
    void textIsEscaped() throws ProjectLoadException {
        assertThat(SvgSurface.escape("a<b & \"c\">")).isEqualTo("a&lt;b &amp; &quot;c&quot;&gt;");
    }
}
