package io.peerplan.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ProbeStartupOptionTest {

    @Test
    void probeFlagAndProjectParse() {
        CommandLine cl = PeerplanCommand.commandLine();
        cl.parseArgs("--probe-startup", "sample:two-dc-anycast");
        PeerplanCommand cmd = cl.getCommand();
        assertThat(cmd.probeStartup).isTrue();
        assertThat(cmd.project).isEqualTo("sample:two-dc-anycast");
    }

    @Test
    void withoutTheFlagTheDesignerIsNotProbed() {
        CommandLine cl = PeerplanCommand.commandLine();
        cl.parseArgs("sample:two-dc-anycast");
        assertThat(((PeerplanCommand) cl.getCommand()).probeStartup).isFalse();
    }

    @Test
    void helpDocumentsTheFlag() {
        CliTestSupport.Result r = CliTestSupport.run("--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("--probe-startup").contains("first");
    }
}
