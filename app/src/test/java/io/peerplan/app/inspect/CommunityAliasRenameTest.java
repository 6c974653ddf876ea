package io.peerplan.app.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.app.design.MetalLbList;
import io.peerplan.model.BgpAdvertisement;
import io.peerplan.model.Cluster;
import io.peerplan.model.Community;
import io.peerplan.model.Topology;
import io.peerplan.model.TopologyIndex;
import io.peerplan.model.io.ProjectLoadException;
import io.peerplan.model.sample.Samples;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Community's alias table: renaming an alias renames it in the cluster's advertisements (MetalLB
 * resolves them by alias name), while moving rows or changing a value leaves them alone.
 */
class CommunityAliasRenameTest {
    private static final String CLUSTER = "k8s-alfa";

    @Test
    void renamingAnAliasRenamesItInTheAdvertisements() throws ProjectLoadException {
        Topology t = withAliases(Samples.load("two-dc-anycast"));
        TableSpec aliases = aliasTable(t);

        Topology renamed = aliases.setCell(t, 0, 0, "stay-home");

        assertThat(advertisement(renamed).communities()).containsExactly("stay-home", "backup", "65000:1");
        Cluster bravo = new TopologyIndex(renamed).cluster("k8s-bravo").orElseThrow();
        assertThat(bravo.metallb().advertisements().getFirst().communities()).as("another cluster's names are its own")
                .isEqualTo(new TopologyIndex(t).cluster("k8s-bravo").orElseThrow().metallb().advertisements().getFirst().communities());
    }

    @Test
    void movingRowsOrChangingAValueKeepsTheAdvertisementsAsTheyAre() throws ProjectLoadException {
        Topology t = withAliases(Samples.load("two-dc-anycast"));
        TableSpec aliases = aliasTable(t);

        Topology moved = aliases.move(t, 0, 1);
        Topology revalued = aliases.setCell(t, 0, 1, "65535:65282");

        assertThat(advertisement(moved).communities()).containsExactly("no-adv", "backup", "65000:1");
        assertThat(advertisement(revalued).communities()).containsExactly("no-adv", "backup", "65000:1");
    }

    private static Topology withAliases(Topology t) {
        Cluster c = new TopologyIndex(t).cluster(CLUSTER).orElseThrow();
        var metallb = c.metallb()
                .withCommunities(List.of(new Community("communities", List.of(
                        new Community.Alias("no-adv", "65535:65282"), new Community.Alias("backup", "64859:200")))))
                .withAdvertisements(c.metallb().advertisements().stream()
                        .map(a -> a.withCommunities(List.of("no-adv", "backup", "65000:1"))).toList());
        Cluster changed = c.withMetallb(metallb);
        return t.withClusters(t.clusters().stream().map(x -> x.id().equals(CLUSTER) ? changed : x).toList());
    }

    private static TableSpec aliasTable(Topology t) {
        String key = MetalLbList.COMMUNITIES.key(CLUSTER, "communities");
        return InspectorFields.of(t, key).stream().filter(f -> f.label().equals("Aliases")).findFirst().orElseThrow().table();
    }

    private static BgpAdvertisement advertisement(Topology t) {
        return new TopologyIndex(t).cluster(CLUSTER).orElseThrow().metallb().advertisements().getFirst();
    }
}
