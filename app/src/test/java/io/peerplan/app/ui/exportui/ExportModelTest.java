package io.peerplan.app.ui.exportui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerplan.export.ExportRefusedException;
import io.peerplan.model.Router;
import io.peerplan.model.Topology;
import io.peerplan.model.sample.Samples;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export dialog's model: the validation gate, the override, zip output; and the highlighter. */
class ExportModelTest {
    @TempDir
    Path dir;

    private static Topology broken() throws Exception {
        Topology t = Samples.load("two-dc-anycast");
        List<Router> routers = new ArrayList<>(t.routers());
        routers.add(routers.getFirst());
        return t.withRouters(routers);
    }

    @Test
    void validationErrorsBlockUntilOverriddenAndThenTravelInTheHeaders() throws Exception {
        ExportModel m = new ExportModel(broken());
        assertThat(m.errors()).isNotEmpty();
        assertThat(m.blockers()).anyMatch(b -> b.contains("validation error"));
        assertThatThrownBy(() -> m.write(dir.resolve("x"))).isInstanceOf(ExportRefusedException.class);
        m.override(true);
        assertThat(m.blockers()).isEmpty();
    }

    @Test
    void writesAZipWhenTheTargetEndsInZip() throws Exception {
        ExportModel m = new ExportModel(Samples.load("two-dc-anycast"));
        assertThat(m.blockers()).isEmpty();
        Path zip = m.write(dir.resolve("configs.zip")).target();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            assertThat(z.stream().map(e -> e.getName()).toList()).anyMatch(n -> n.endsWith("gateway-alfa-unoone/frr.conf"));
        }
    }

    @Test
    void noDeviceChosenBlocks() throws Exception {
        ExportModel m = new ExportModel(Samples.load("two-dc-anycast"));
        m.devices().forEach(d -> m.select(d.id(), false));
        assertThat(m.blockers()).containsExactly("Choose at least one device.");
    }

    @Test
    void highlighterStylesCommentsKeywordsAndAddresses() {
        var spans = ConfigHighlighter.highlight("! comment\nrouter bgp 64859\n neighbor 198.51.100.9 remote-as 65101");
        assertThat(spans).contains(new ConfigHighlighter.Span("! comment", ConfigHighlighter.Style.COMMENT));
        assertThat(spans).anyMatch(s -> s.style() == ConfigHighlighter.Style.KEYWORD && s.text().equals("router"));
        assertThat(spans).anyMatch(s -> s.style() == ConfigHighlighter.Style.ADDRESS && s.text().equals("198.51.100.9"));
        assertThat(spans).anyMatch(s -> s.style() == ConfigHighlighter.Style.NUMBER && s.text().equals("64859"));
        assertThat(spans.stream().map(ConfigHighlighter.Span::text).reduce("", String::concat))
                .isEqualTo("! comment\nrouter bgp 64859\n neighbor 198.51.100.9 remote-as 65101");
    }
}
