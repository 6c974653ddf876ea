package io.peerplan.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.app.cli.PeerplanCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The start-up shortcut for {@code --version} must print exactly what picocli prints, with its exit code. */
class VersionArgumentTest {

    @ParameterizedTest
    @ValueSource(strings = {"--version", "-V"})
    void printsWhatPicocliPrints(String flag) {
        assertThat(VersionArgument.matches(flag)).isTrue();
        StringWriter fastOut = new StringWriter();
        int fastCode = VersionArgument.print(new PrintWriter(fastOut));

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PeerplanCommand.run(new PrintWriter(out), new PrintWriter(err), flag);

        assertThat(fastOut.toString()).isEqualTo(out.toString()).isEqualTo(PeerplanCommand.VERSION + System.lineSeparator());
        assertThat(fastCode).isEqualTo(code).isZero();
        assertThat(err.toString()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "validate --version", "--version --help", "--version=x", "-V -V", "--Version", "-v"})
    void everythingElseGoesToPicocli(String line) {
        assertThat(VersionArgument.matches(line.isEmpty() ? new String[0] : line.split(" "))).as(line).isFalse();
    }
}
