package io.peerplan.export.importer;

import com.fasterxml.jackson.databind.JsonNode;
import io.peerplan.export.Secrets;
import io.peerplan.model.AddressPool;
import io.peerplan.model.BgpAdvertisement;
import io.peerplan.model.BgpPeer;
import io.peerplan.model.Community;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code config} key of MetalLB's legacy ConfigMap, read the way MetalLB's own ConfigMap-to-CR
 * converter reads it ({@code shared/metallb/legacy-configmap}): peers become {@code peer1..N},
 * each pool's {@code bgp-advertisements} become {@code bgpadvertisement1..N}, {@code bgp-communities}
 * one Community named {@code communities}.
 */
final class LegacyConfigReader {
    private LegacyConfigReader() {
    }

    static void read(String file, String config, ParsedCluster c, List<ImportNote> notes) throws ImportException {
        if (config == null) {
            notes.add(new ImportNote(ImportNote.Kind.UNKNOWN, file, 0, "ConfigMap config", "data", "no 'config' key; nothing imported"));
            return;
        }
        List<JsonNode> docs = MetalLbYamlReader.documents(file + " (data.config)", config);
        if (docs.isEmpty()) {
            return;
        }
        List<String> unread = new ArrayList<>();
        Fields root = new Fields(docs.getFirst(), "data.config.", unread);
        int n = 0;
        for (Fields p : root.objects("peers")) {
            n++;
            String password = p.text("password");
            if (password != null && Secrets.nameOf(password).isEmpty()) {
                String ref = Secrets.nameFrom("metallb", "peer" + n);
                notes.add(new ImportNote(ImportNote.Kind.SECRET, file, 0, "ConfigMap config, peer " + n, "password: ****",
                        "the password is not stored in the design; it refers to secret '" + ref + "'"));
                password = Secrets.placeholder(ref);
            }
            c.peers.add(new BgpPeer("peer" + n, p.asn("my-asn"), p.asn("peer-asn"), null, null, p.text("peer-address"), null,
                    p.text("source-address"), p.integer("peer-port"), p.text("hold-time"), p.text("keepalive-time"), null,
                    p.text("router-id"), password, null, p.text("bfd-profile"), p.bool("ebgp-multihop"), null, null, null,
                    p.selectors("node-selectors", true)));
            p.done();
        }
        int ads = 0;
        for (Fields p : root.objects("address-pools")) {
            String name = p.text("name");
            if (name == null) {
                // MetalLB internal/config: "missing pool name" refuses the whole config; the other pools are still useful here.
                notes.add(new ImportNote(ImportNote.Kind.UNKNOWN, file, 0, "ConfigMap config", "address-pools: " + p.strings("addresses"),
                        "a pool without 'name'; not imported"));
                continue;
            }
            c.pools.add(new AddressPool(name, p.strings("addresses"), p.bool("auto-assign"), p.bool("avoid-buggy-ips"),
                    p.text("protocol"), null));
            for (Fields a : p.objects("bgp-advertisements")) {
                c.advertisements.add(new BgpAdvertisement("bgpadvertisement" + ++ads, List.of(name), null,
                        a.integer("aggregation-length"), a.integer("aggregation-length-v6"), a.number("localpref"),
                        a.strings("communities"), null, null));
                a.done();
            }
            p.done();
        }
        Map<String, String> aliases = root.map("bgp-communities");
        if (!aliases.isEmpty()) {
            c.communities.add(new Community("communities",
                    aliases.entrySet().stream().map(e -> new Community.Alias(e.getKey(), e.getValue())).toList()));
        }
        for (Fields b : root.objects("bfd-profiles")) {
            c.bfdProfiles.add(MetalLbYamlReader.bfd(b.text("name"), b, true));
            b.done();
        }
        root.done();
        for (String field : unread) {
            notes.add(new ImportNote(ImportNote.Kind.UNKNOWN, file, 0, "ConfigMap config", field, "field not understood; not imported"));
        }
    }
}
