package io.peerplan.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.model.RouteMap;
import io.peerplan.model.Router;
import io.peerplan.model.Topology;
import io.peerplan.model.io.ProjectCodec;
import io.peerplan.model.sample.Samples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code peerplan set}: scripted edits through the designer's save path. */
class SetCommandTest {
    @TempDir
    Path tmp;

    private Path copy(String sample) throws Exception {
        Path file = Files.write(tmp.resolve(sample + ProjectCodec.EXTENSION), Samples.bytes(sample));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        return file;
    }

    private static List<Integer> changedLines(List<String> before, List<String> after) {
        assertThat(after).hasSameSizeAs(before);
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).equals(after.get(i))) {
                changed.add(i);
            }
        }
        return changed;
    }

    @Test
    void settingOneFieldOnEachSampleChangesExactlyOneLineAndKeepsTheMode() throws Exception {
        for (String sample : Samples.names()) {
            Path file = copy(sample);
            List<String> before = Files.readAllLines(file, StandardCharsets.UTF_8);
            Router first = Samples.load(sample).routers().getFirst();
            CliTestSupport.Result r = CliTestSupport.run("set", file.toString(), first.id() + ".name=Renamed by a script");
            assertThat(r.exitCode()).as(sample + ": " + r.err()).isZero();
            List<String> after = Files.readAllLines(file, StandardCharsets.UTF_8);
            List<Integer> changed = changedLines(before, after);
            assertThat(changed).as(sample).hasSize(1);
            assertThat(after.get(changed.getFirst())).as(sample).endsWith("name: Renamed by a script");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as(sample).isEqualTo("rw-rw-r--");
            assertThat(ProjectCodec.read(file).routers().getFirst().name()).isEqualTo("Renamed by a script");
        }
    }

    @Test
    void simulatesSetFormMakesThePrependPermanent() throws Exception {
        Path file = copy("two-dc-anycast");
        CliTestSupport.Result r = CliTestSupport.run("set", file.toString(), "gateway-alfa-unoone/prpnd_private:10.prepend=3",
                "alfa.location=Saint Petersburg, Kantemirovskaya");
        assertThat(r.exitCode()).as(r.err()).isZero();
        Topology t = ProjectCodec.read(file);
        RouteMap map = t.routers().stream().filter(x -> x.id().equals("gateway-alfa-unoone")).findFirst().orElseThrow()
                .routeMap("prpnd_private").orElseThrow();
        assertThat(map.entry(10).set().asPathPrepend()).containsExactly(64859L, 64859L, 64859L);
        assertThat(t.regions().getFirst().location()).isEqualTo("Saint Petersburg, Kantemirovskaya");
        String text = Files.readString(file);
        assertThat(text.lines().filter(l -> l.strip().startsWith("#")).count()).isEqualTo(23);
    }

    @Test
    void aWrongIdFieldOrValueIsOneLocatedMessageWithTheClosestNamesAndNothingIsWritten() throws Exception {
        Path file = copy("two-dc-anycast");
        byte[] before = Files.readAllBytes(file);
        CliTestSupport.Result id = CliTestSupport.run("set", file.toString(), "alfa.zone=ru-9", "gateway-alfa-unone.asn=64860");
        assertThat(id.exitCode()).isEqualTo(ExitCodes.INPUT_ERRORS);
        assertThat(id.err().strip()).isEqualTo("peerplan set: " + file + ": gateway-alfa-unone.asn=64860: no element has the id "
                + "'gateway-alfa-unone'; did you mean 'gateway-alfa-unoone'?; nothing written");
        CliTestSupport.Result field = CliTestSupport.run("set", file.toString(), "gateway-alfa-unoone.asnn=64860");
        assertThat(field.exitCode()).isEqualTo(ExitCodes.INPUT_ERRORS);
        assertThat(field.err()).contains("router 'gateway-alfa-unoone' has no field 'asnn'; did you mean 'asn'?");
        CliTestSupport.Result value = CliTestSupport.run("set", file.toString(), "gateway-alfa-unoone.asn=sixty-four");
        assertThat(value.exitCode()).isEqualTo(ExitCodes.INPUT_ERRORS);
        assertThat(value.err()).contains("gateway-alfa-unoone.asn=sixty-four: ").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(value.err().lines().count()).isEqualTo(1);
        CliTestSupport.Result injected = CliTestSupport.run("set", file.toString(), "gateway-alfa-unoone.name=x\nip route 0.0.0.0/0 203.0.113.1");
        assertThat(injected.exitCode()).as("a value the loader would refuse is not written").isEqualTo(ExitCodes.INPUT_ERRORS);
        CliTestSupport.Result map = CliTestSupport.run("set", file.toString(), "gateway-alfa-unoone/prpnd_privat:10.prepend=2");
        assertThat(map.exitCode()).isEqualTo(ExitCodes.INPUT_ERRORS);
        assertThat(map.err()).contains("has no route-map 'prpnd_privat'; its route-maps: ").contains("prpnd_private");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void fmtLaysOutTheFileKeepingItsModeAndSaysWhatItDid() throws Exception {
        Path file = tmp.resolve("lab" + ProjectCodec.EXTENSION);
        Files.writeString(file, "name: lab  # mine\nschemaVersion: 1\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        CliTestSupport.Result r = CliTestSupport.run("fmt", file.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Formatted " + file);
        assertThat(Files.readString(file)).isEqualTo("schemaVersion: 1\nname: lab  # mine\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-rw-r--");
        assertThat(CliTestSupport.run("fmt", file.toString()).out()).contains("Unchanged " + file);
        CliTestSupport.Result bad = CliTestSupport.run("fmt", tmp.resolve("missing" + ProjectCodec.EXTENSION).toString());
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.INPUT_ERRORS);
    }
}
