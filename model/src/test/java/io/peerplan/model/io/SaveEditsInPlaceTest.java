package io.peerplan.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.model.Network;
import io.peerplan.model.Region;
import io.peerplan.model.Topology;
import io.peerplan.model.sample.Samples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A save edits the user's file: comments, key order and layout of what did not change stay byte for byte. */
class SaveEditsInPlaceTest {
    @TempDir
    Path dir;

    private Path copyOf(String sample) throws Exception {
        return Files.write(dir.resolve(sample + ProjectCodec.EXTENSION), Samples.bytes(sample));
    }

    private static List<String> lines(Path p) throws Exception {
        return Files.readAllLines(p, StandardCharsets.UTF_8);
    }

    private static long comments(List<String> lines) {
        return lines.stream().filter(l -> l.strip().startsWith("#")).count();
    }

    private static Topology withRegions(Topology t, UnaryOperator<List<Region>> edit) {
        return new Topology(t.schemaVersion(), t.name(), t.description(), edit.apply(new ArrayList<>(t.regions())), t.networks(),
                t.routers(), t.vantages(), t.clusters(), t.peerings(), t.layout());
    }

    private static Region located(Region r, String location) {
        return new Region(r.id(), r.name(), r.site(), location, r.zone(), r.description());
    }

    @Test
    void anUnchangedSaveWritesTheSameBytesForEverySample() throws Exception {
        for (String sample : Samples.names()) {
            Path file = copyOf(sample);
            ProjectCodec.save(ProjectCodec.read(file), file);
            assertThat(Files.readAllBytes(file)).as(sample).isEqualTo(Samples.bytes(sample));
        }
    }

    @Test
    void aOneFieldEditIsAOneLineDiffAndKeepsAllTwentyThreeComments() throws Exception {
        Path file = copyOf("two-dc-anycast");
        List<String> before = lines(file);
        assertThat(comments(before)).isEqualTo(23);
        Topology t = withRegions(ProjectCodec.read(file), rs -> {
            rs.set(1, located(rs.get(1), "Moscow, Butlerova 7"));
            return rs;
        });
        ProjectCodec.save(t, file);
        List<String> after = lines(file);
        assertThat(after).hasSameSizeAs(before);
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).equals(after.get(i))) {
                changed.add(i);
            }
        }
        assertThat(changed).hasSize(1);
        assertThat(after.get(changed.getFirst())).isEqualTo("  location: \"Moscow, Butlerova 7\"");
        assertThat(ProjectCodec.read(file)).isEqualTo(t);
    }

    @Test
    void addedAndRemovedListItemsAreWholeBlocksInTheFilesOwnIndentation() throws Exception {
        String original = """
                # my lab
                schemaVersion: 1
                name: lab   # short name
                regions:
                  # the first one
                  - id: a
                    name: A
                  - id: b      # keep me
                    name: B
                """;
        Path file = Files.writeString(dir.resolve("lab" + ProjectCodec.EXTENSION), original);
        Topology t = withRegions(ProjectCodec.read(file), rs -> {
            rs.removeFirst();
            rs.add(new Region("c", "C", null, "Lisbon", null, null));
            return rs;
        });
        ProjectCodec.save(t, file);
        assertThat(Files.readString(file)).isEqualTo("""
                # my lab
                schemaVersion: 1
                name: lab   # short name
                regions:
                  # the first one
                  - id: b      # keep me
                    name: B
                  - id: c
                    name: C
                    location: Lisbon
                """);
        assertThat(ProjectCodec.read(file)).isEqualTo(t);
    }

    @Test
    void aFalseOrEmptyValueThatPeerplanWouldNotWriteStaysAndANewKeyTakesItsPlaceInOrder() throws Exception {
        String original = """
                schemaVersion: 1
                name: lab
                description:
                regions: []
                networks:
                - id: n1
                  cidr: 10.0.0.0/24   # the LAN
                """;
        Path file = Files.writeString(dir.resolve("lab" + ProjectCodec.EXTENSION), original);
        Topology loaded = ProjectCodec.read(file);
        Network n = loaded.networks().getFirst();
        Topology t = new Topology(1, "lab", loaded.description(), null, List.of(new Network(n.id(), "LAN", n.region(), n.cidr(), n.kind(), null)),
                null, null, null, null, null);
        ProjectCodec.save(t, file);
        assertThat(Files.readString(file)).isEqualTo("""
                schemaVersion: 1
                name: lab
                description:
                regions: []
                networks:
                - id: n1
                  name: LAN
                  cidr: 10.0.0.0/24   # the LAN
                """);
    }

    @Test
    void textOutsideTheBasicPlaneAndLineSeparatorCharactersSurviveASave() throws Exception {
        String original = """
                schemaVersion: 1
                name: "lab 🛰️ orbit"   # emoji before the edit shift code point and char offsets apart
                regions:
                - id: a
                  name: A
                """;
        Path file = Files.writeString(dir.resolve("lab" + ProjectCodec.EXTENSION), original);
        Topology t = withRegions(ProjectCodec.read(file), rs -> {
            rs.set(0, new Region("a", "A", null, "next\u0085line\u2028and\u2029more", null, null));
            return rs;
        });
        ProjectCodec.save(t, file);
        assertThat(ProjectCodec.read(file)).isEqualTo(t);
        assertThat(Files.readString(file)).startsWith(original.substring(0, original.indexOf("regions:")));
    }

    @Test
    void aDocumentTheSpliceCannotEditIsLaidOutAfreshWithEveryCommentKept() throws Exception {
        String original = """
                # Homelab, drawn by hand; keep this note
                {schemaVersion: 1, name: lab,  # the flow style below is the author's
                 regions: [{id: a, name: A}]}
                """;
        Path file = Files.writeString(dir.resolve("flow" + ProjectCodec.EXTENSION), original);
        Topology t = withRegions(ProjectCodec.read(file), rs -> {
            rs.set(0, located(rs.get(0), "Shenzhen"));
            return rs;
        });

        ProjectCodec.save(t, file);

        String saved = Files.readString(file);
        assertThat(ProjectCodec.read(file)).isEqualTo(t);
        assertThat(saved).contains("# Homelab, drawn by hand; keep this note").contains("# the flow style below is the author's");
    }
}
