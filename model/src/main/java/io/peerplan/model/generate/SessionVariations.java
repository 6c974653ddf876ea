package io.peerplan.model.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.peerplan.model.Topology;
import io.peerplan.model.io.ProjectCodec;
import io.peerplan.model.io.ProjectLoadException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Seeded variations of a topology's session settings, for tests that check two readings of one
 * design against each other: TCP-MD5 passwords on one side, both sides or a peer-group; MetalLB
 * timers in every form Go's {@code time.ParseDuration} accepts (hold 0 included); BFD switched off
 * on one side; a wrong remote-as or peerASN; a shut-down neighbor; a listen range narrowed so that
 * some speakers fall outside it, or a listen limit below the number of speakers. The result is a project file's content read back through
 * {@link ProjectCodec}, so every variation passes the loader's checks. The same topology and seed
 * always give the same variation. O(size of the project file).
 */
public final class SessionVariations {
    /** BGPPeer hold times the API server accepts and MetalLB's parseTimers admits (0, or at least 3 s). */
    private static final List<String> HOLD_TIMES = List.of("0", "0s", "+0", "3s", "9s", "90s", "1m30s", "1.5m", "240s", "3500ms", "1h");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private SessionVariations() {
    }

    public static Topology of(Topology base, long seed) {
        Random random = new Random(seed);
        try {
            JsonNode root = YAML.readTree(ProjectCodec.write(base));
            for (JsonNode router : root.path("routers")) {
                for (JsonNode group : router.path("peerGroups")) {
                    config(group, random);
                }
                if (router.path("bgp").has("listenRanges") && random.nextInt(6) == 0) {
                    ((ObjectNode) router.get("bgp")).put("listenLimit", 1 + random.nextInt(4));
                }
                for (JsonNode range : router.path("bgp").path("listenRanges")) {
                    if (random.nextInt(8) == 0) {
                        String cidr = range.path("range").asText();
                        ((ObjectNode) range).put("range", cidr.substring(0, cidr.indexOf('/')) + "/29");
                    }
                }
            }
            for (JsonNode cluster : root.path("clusters")) {
                for (JsonNode peer : cluster.path("metallb").path("peers")) {
                    bgpPeer((ObjectNode) peer, random);
                }
            }
            for (JsonNode peering : root.path("peerings")) {
                for (String side : new String[] {"a", "b"}) {
                    JsonNode end = peering.path(side);
                    if (end.isObject() && !end.has("bgpPeer")) {
                        config(end, random);
                    }
                }
            }
            byte[] text = YAML.writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
            return ProjectCodec.read(base.name() + "-variation-" + seed, text);
        } catch (java.io.IOException | ProjectLoadException e) {
            throw new IllegalStateException("variation " + seed + " of " + base.name() + " does not load: " + e.getMessage(), e);
        }
    }

    /** A router end's or peer-group's neighbor settings. */
    private static void config(JsonNode owner, Random random) {
        ObjectNode config = owner.has("config") ? (ObjectNode) owner.get("config") : ((ObjectNode) owner).putObject("config");
        int roll = random.nextInt(20);
        switch (roll) {
            case 0, 1, 2 -> config.put("passwordRef", "md5-secret");
            case 3 -> config.put("shutdown", true);
            case 4 -> config.put("bfd", false);
            case 5 -> config.put("hold", random.nextBoolean() ? 0 : 30);
            case 6 -> {
                String ra = config.path("remoteAs").asText("");
                if (ra.matches("\\d+")) {
                    config.put("remoteAs", Long.toString(Long.parseLong(ra) + 1));
                }
            }
            default -> {
            }
        }
        if (config.isEmpty()) {
            ((ObjectNode) owner).remove("config");
        }
    }

    private static void bgpPeer(ObjectNode peer, Random random) {
        if (random.nextInt(4) == 0) {
            peer.put("password", "md5-secret");
        }
        if (random.nextInt(3) == 0) {
            peer.put("holdTime", HOLD_TIMES.get(random.nextInt(HOLD_TIMES.size())));
        }
        if (random.nextInt(5) == 0) {
            peer.remove("bfdProfile");
        }
        if (random.nextInt(12) == 0 && peer.has("peerASN")) {
            peer.put("peerASN", peer.get("peerASN").asLong() + 1);
        }
    }
}
