package io.peerplan.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.export.importer.ImportSource;
import io.peerplan.model.validate.Finding;
import io.peerplan.model.validate.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Findings about an imported design, located in the files the user wrote. */
class ImportOriginsTest {
    @TempDir
    Path tmp;

    private ImportOrigins written(List<ImportSource> sources) throws Exception {
        Path design = tmp.resolve("c.peerplan.yaml");
        Files.writeString(ImportOrigins.beside(design), ImportOrigins.render(sources));
        return ImportOrigins.of(design);
    }

    private static Finding finding(String message, String... ids) {
        return new Finding("R", Severity.ERROR, message, List.of(ids), null);
    }

    @Test
    void theObjectTheMessageNamesFirstIsTheOrigin() throws Exception {
        ImportOrigins o = written(List.of(new ImportSource("k", null, "m.yaml", 1), new ImportSource("k", "BGPPeer peer1", "m.yaml", 4),
                new ImportSource("k", "BGPPeer peer10", "m.yaml", 14), new ImportSource("k", "BGPPeer peer", "m.yaml", 24),
                new ImportSource("r1", null, "r1/frr.conf", 7)));
        assertThat(o.of(finding("BGPPeer peer10 (cluster k): peer 10.0.0.1 already exists (BGPPeer peer1)", "k")))
                .isEqualTo(new ImportOrigins.Origin("m.yaml", 14));
        assertThat(o.of(finding("BGPPeer peer.one (cluster k) and BGPPeer peer.", "k"))).isEqualTo(new ImportOrigins.Origin("m.yaml", 24));
        // Nothing named: the element's own origin; an object of another element does not count.
        assertThat(o.of(finding("cluster k has no BGP session that comes up", "k"))).isEqualTo(new ImportOrigins.Origin("m.yaml", 1));
        assertThat(o.of(finding("BGPPeer peer1 of another cluster", "r1", "other")).render()).isEqualTo("r1/frr.conf:7");
        // An invented element (a stand-in) has no origin.
        assertThat(o.of(finding("ext-10.0.0.1 has no BGP session that comes up", "ext-10.0.0.1"))).isNull();
    }

    /** The sidecar is shared with the design: a file name that would write escapes or lines into the report is dropped. */
    @Test
    void aFileNameWithControlCharactersIsNoOrigin() throws Exception {
        ImportOrigins o = written(List.of(new ImportSource("k", null, "m.yaml\u001b]0;pwned\u0007", 1),
                new ImportSource("r1", null, "r1/frr.conf\nr9.yaml:1: error FAKE", 2), new ImportSource("r2", null, "r2/frr.conf", 3)));
        assertThat(o.of(finding("cluster k has no BGP session that comes up", "k"))).isNull();
        assertThat(o.of(finding("r1 has no BGP session that comes up", "r1"))).isNull();
        assertThat(o.of(finding("r2 has no BGP session that comes up", "r2"))).isEqualTo(new ImportOrigins.Origin("r2/frr.conf", 3));
    }

    @Test
    void aMissingOrBrokenFileGivesNoOrigins() throws Exception {
        Path design = tmp.resolve("d.peerplan.yaml");
        assertThat(ImportOrigins.of(design).of(finding("x", "k"))).isNull();
        Files.writeString(ImportOrigins.beside(design), "{\"sources\": [{\"element\": \"k\", \"line\": \"x\"}, 3] ");
        assertThat(ImportOrigins.of(design).of(finding("x", "k"))).isNull();
        assertThat(ImportOrigins.beside(design).getFileName()).hasToString("d.import-sources.json");
    }
}
