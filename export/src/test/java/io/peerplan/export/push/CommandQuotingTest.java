package io.peerplan.export.push;

import io.peerplan.export.testlab.LoopbackSshServer;
import io.peerplan.export.testlab.SshKeys;
import io.peerplan.export.text.ShellQuote;
import io.peerplan.model.Management;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Remote command lines are built without injection: hostile values go through an in-process SSH
 * server to a real /bin/sh and come out as the very same bytes, and a canary file that an injected
 * command would create never appears.
 */
class CommandQuotingTest {
    @TempDir
    Path dir;
    private LoopbackSshServer server;
    private RemoteHost host;
    private Path canary;

    @BeforeEach
    void connect() throws Exception {
        Path key = SshKeys.generate(dir, "id", "");
        server = LoopbackSshServer.start(SshKeys.newHostKey(), List.of(SshKeys.readPublicKey(Path.of(key + ".pub"))));
        Path known = dir.resolve("known_hosts");
        Files.writeString(known, server.knownHostsLine());
        host = SshjConnector.open(new SshSettings(known, List.of(key), null, null, null)).connect(server.endpoint(), new CancelToken());
        canary = dir.resolve("pwned");
    }

    @AfterEach
    void close() throws IOException {
        host.close();
        server.close();
    }

    private List<String> hostile() {
        return List.of("plain", "with space", "a'b", "'", "''", "\"dq\"", "$(touch " + canary + ")", "`touch " + canary + "`",
                "; touch " + canary, "&& touch " + canary, "| touch " + canary, "> " + canary, "$HOME", "${IFS}", "*", "~root", "{a,b}",
                "!1", "# not a comment", "back\\slash", "-n", "--", "tab\there".replace('\t', ' '), "ñandú 路由器", "");
    }

    @Test
    void hostileArgumentsReachTheShellVerbatim() throws Exception {
        List<String> args = new ArrayList<>(List.of("printf", "[%s]\\n"));
        args.addAll(hostile());
        ExecResult r = host.exec(ShellQuote.join(args), Duration.ofSeconds(10), new CancelToken());
        assertThat(r.exitStatus()).as(r.stderr()).isZero();
        assertThat(r.stdout().lines().toList()).containsExactlyElementsOf(hostile().stream().map(a -> "[" + a + "]").toList());
        assertThat(canary).doesNotExist();
    }

    @Test
    void vtyshCommandsKeepTheirCommandOneArgument() throws Exception {
        FrrCommands cmd = new FrrCommands("edge", new Management("h", null, "u", "sudo -n", "ns-1"), "u");
        String line = cmd.vtysh("show bgp ipv4 unicast neighbors 198.51.100.9 advertised-routes json; touch " + canary);
        // Replace the program with printf to see the argument vector the shell builds.
        ExecResult r = host.exec(line.replaceFirst("^sudo -n vtysh", "printf '[%s]\\\\n'"), Duration.ofSeconds(10), new CancelToken());
        assertThat(r.stdout().lines().toList()).containsExactly("[-N]", "[ns-1]", "[-c]",
                "[show bgp ipv4 unicast neighbors 198.51.100.9 advertised-routes json; touch " + canary + "]");
        assertThat(canary).doesNotExist();
    }

    @Test
    void theDetachedApplyQuotesTwiceAndReportsItsExitStatus() throws Exception {
        FrrCommands cmd = new FrrCommands("edge", new Management("h", null, "u", "sudo -n", "pp-ns.1"), "u");
        cmd.workDir(host.exec(FrrCommands.makeWorkDir(), Duration.ofSeconds(10), new CancelToken()).stdout().strip());
        try {
            cmd.reloadScript(FrrCommands.RELOAD_SCRIPTS.getFirst());
            assertThat(host.exec(cmd.awaitJob("apply"), Duration.ofSeconds(10), new CancelToken()).exitStatus())
                    .as("never started").isEqualTo(FrrCommands.NOT_STARTED);
            ExecResult start = host.exec(cmd.reloadDetached(cmd.file("candidate.conf"), "apply"), Duration.ofSeconds(10), new CancelToken());
            assertThat(start.exitStatus()).isZero();
            ExecResult done = host.exec(cmd.awaitJob("apply"), Duration.ofSeconds(30), new CancelToken());
            // No FRR daemons run in pathspace pp-ns.1 (and the file does not exist): frr-reload.py, or
            // the shell when it is not installed, fails, and that status comes back through the .rc file.
            assertThat(done.exitStatus()).isZero();
            assertThat(Integer.parseInt(done.stdout().lines().findFirst().orElseThrow().strip())).isNotZero();
        } finally {
            host.exec(cmd.removeWorkDir(), Duration.ofSeconds(10), new CancelToken());
        }
        assertThat(Path.of(cmd.workDir())).doesNotExist();
    }

    @Test
    void valuesThatCannotBeWhatTheyClaimAreRefusedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> new FrrCommands("edge", new Management("h", null, "u", null, "../etc"), "u"))
                .isInstanceOfSatisfying(PushFailure.class, f -> assertThat(f.getMessage()).contains("edge: management.frrPathspace '../etc'"));
        assertThatThrownBy(() -> new FrrCommands("edge", new Management("h", null, "u", "sudo; rm -rf /", null), "u"))
                .isInstanceOfSatisfying(PushFailure.class, f -> assertThat(f.kind()).isEqualTo(PushFailure.Kind.INVALID_VALUE));
        assertThatThrownBy(() -> new FrrCommands("edge", new Management("h", null, "u", "-n sudo", null), "u"))
                .hasMessageContaining("only through sudo or doas");
        // Any other program would run on the device before every command, dry runs included.
        for (String program : new String[] {"env", "truncate -s0 /etc/frr/frr.conf --", "sudo -u root sh -c", "doas -s", "sudo -n -n"}) {
            assertThatThrownBy(() -> new FrrCommands("edge", new Management("h", null, "u", program, null), "u"))
                    .as(program).hasMessageContaining("management.commandPrefix '" + program + "' is not usable");
        }
        assertThatThrownBy(() -> Endpoint.of("edge", new Management("host;id", null, "u", null, null)))
                .hasMessageContaining("management.host 'host;id'");
        assertThatThrownBy(() -> Endpoint.of("edge", new Management("h", null, "u$(id)", null, null)))
                .hasMessageContaining("management.user");
        assertThatThrownBy(() -> RemoteValues.kubeContext("k8s", "ctx\nrm")).hasMessageContaining("kubeContext 'ctx?rm'");
        assertThatThrownBy(() -> new FrrCommands("edge", null, "u").workDir("/tmp/x; rm -rf /")).hasMessageContaining("unexpected directory");
    }

    @Test
    void controlCharactersAreRefused() {
        assertThatThrownBy(() -> ShellQuote.quote("a\nb")).hasMessageContaining("U+000A");
        assertThatThrownBy(() -> ShellQuote.quote("a\0b")).hasMessageContaining("U+0000");
    }
}
