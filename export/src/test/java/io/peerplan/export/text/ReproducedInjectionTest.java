package io.peerplan.export.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.peerplan.export.Bundle;
import io.peerplan.export.BundleExporter;
import io.peerplan.export.Designs;
import io.peerplan.export.ExportFile;
import io.peerplan.export.ExportOptions;
import io.peerplan.export.ExportRefusedException;
import io.peerplan.model.Topology;
import org.junit.jupiter.api.Test;

/**
 * Reproduced injections, each exported from a design that skipped the loader's check:
 * the exporters refuse the value or write it so it cannot start a line, a document or a command.
 */
class ReproducedInjectionTest {
    private static final Topology TWO = Designs.load("two-dc-anycast");
    private static final Topology MK = Designs.load("mikrotik-core");

    private static ExportRefusedException refused(Topology t) {
        return catchThrowableOfType(ExportRefusedException.class, () -> BundleExporter.export(t, ExportOptions.DEFAULT));
    }

    private static Topology hostile(Topology base, String pointer, String value) {
        return Hostile.with(base, pointer, value).orElseThrow();
    }

    @Test
    void aLogFieldCannotAddARouteAndARogueNeighborToFrrConf() {
        ExportRefusedException e = refused(hostile(TWO, "/routers/0/log",
                "syslog informational\nip route 0.0.0.0/0 192.0.2.66\nrouter bgp 64859\n neighbor 192.0.2.66 remote-as 666"));
        assertThat(e).isNotNull();
        assertThat(e.reasons()).singleElement().asString().contains("frr.conf cannot hold 'syslog informational\\u000Aip route")
                .doesNotContain("\n");
    }

    @Test
    void namesWithSpacesCannotAddWordsToANeighborLine() {
        Topology t = hostile(hostile(TWO, "/routers/0/peerGroups/0/name", "mks-nodes remote-as 666"),
                "/routers/0/bgp/listenRanges/0/peerGroup", "mks-nodes remote-as 666");
        assertThat(refused(t).reasons()).singleElement().asString().contains("'mks-nodes remote-as 666'").contains("holds a space");
        assertThat(refused(hostile(TWO, "/routers/0/prefixLists/0/name", "x\nip route 0.0.0.0/0 192.0.2.66"))).isNotNull();
        assertThat(refused(hostile(TWO, "/routers/0/bfdProfiles/0/name", "t-rex\nrouter bgp 1"))).isNotNull();
        assertThat(refused(hostile(TWO, "/routers/0/routeMaps/0/name", "prpnd private"))).isNotNull();
        assertThat(refused(hostile(TWO, "/routers/0/interfaces/1/name", "eth1\n!\nip route 0.0.0.0/0 192.0.2.66"))).isNotNull();
        assertThat(refused(hostile(TWO, "/routers/0/peerGroups/0/config/remoteAs", "internal\n neighbor 192.0.2.66 remote-as 666"))).isNotNull();
        assertThat(refused(hostile(TWO, "/routers/0/peerGroups/0/config/updateSource", "eth1 \n neighbor 192.0.2.66 remote-as 666"))).isNotNull();
    }

    @Test
    void aRouterOsInterfaceNameCannotAddACommandToTheScript() {
        assertThat(refused(hostile(MK, "/routers/0/interfaces/0/name", "bridge-k8s\r\n/system reset-configuration no-defaults=yes")))
                .isNotNull();
    }

    @Test
    void aServiceNamespaceCannotAddAClusterRoleBinding() throws Exception {
        String rbac = "default\n---\napiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata: {name: pwn}";
        ExportRefusedException e = refused(hostile(TWO, "/clusters/0/services/0/namespace", rbac));
        assertThat(e).as("the header lists the service's namespace, and a YAML comment cannot hold a line break").isNotNull();
        assertThat(e.reasons()).singleElement().asString().startsWith("a YAML comment cannot hold");
    }

    @Test
    void aKubeContextIsQuotedInEveryKubectlLine() throws Exception {
        Bundle b = BundleExporter.export(hostile(TWO, "/clusters/0/kubeContext", "admin@alfa $(touch x)"), ExportOptions.DEFAULT);
        String readme = b.files().stream().filter(f -> f.path().equals("README.md")).findFirst().map(ExportFile::content).orElseThrow();
        String metallb = b.files().stream().filter(f -> f.path().equals("k8s-alfa/metallb.yaml")).findFirst().map(ExportFile::content)
                .orElseThrow();
        assertThat(readme).contains("kubectl --context 'admin@alfa $(touch x)' apply -f k8s-alfa/metallb.yaml")
                .doesNotContain("--context admin@alfa $(touch x)");
        assertThat(metallb).contains("# Apply: kubectl --context 'admin@alfa $(touch x)' apply -f metallb.yaml");
    }
}
