package io.peerplan.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

/**
 * The README's "CLI reference" is picocli's own usage help of every subcommand, so it cannot drift from
 * the code. After changing a command, regenerate the section with
 * {@code mvn -q -o -pl app -am test -Dtest=CliReferenceTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dpeerplan.updateReadme=true} and commit the README.
 */
class CliReferenceTest {
    private static final Path README = Path.of("..", "README.md");
    private static final String HEADING = "## CLI reference\n";

    @Test
    void readmeListsEverySubcommandWithPicoclisOwnUsage() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int start = readme.indexOf(HEADING);
        assertThat(start).as("README has a '%s' section", HEADING.trim()).isNotNegative();
        int end = readme.indexOf("\n## ", start + HEADING.length());
        String expected = HEADING + "\n" + reference();
        if (Boolean.getBoolean("peerplan.updateReadme")) {
            Files.writeString(README, readme.substring(0, start) + expected + readme.substring(end + 1), StandardCharsets.UTF_8);
            readme = Files.readString(README, StandardCharsets.UTF_8);
            end = readme.indexOf("\n## ", start + HEADING.length());
        }
        assertThat(readme.substring(start, end + 1))
                .as("README.md's CLI reference is out of date: regenerate it as this class's comment says")
                .isEqualTo(expected);
    }

    @Test
    void theReferenceCoversEverySubcommand() {
        String reference = reference();
        for (String name : PeerplanCommand.commandLine().getSubcommands().keySet()) {
            assertThat(reference).contains("| `peerplan " + name + "` |").contains("Usage: peerplan " + name);
        }
    }

    /** The section's body: a table of the subcommands, then each one's usage help as picocli prints it. */
    static String reference() {
        CommandLine root = PeerplanCommand.commandLine();
        StringBuilder md = new StringBuilder();
        md.append("Generated from the commands' own `--help` (`CliReferenceTest` fails when it is out of date). From a\n"
                + "checkout run `./peerplan`, from the image `image/bin/peerplan`. Exit codes: see\n"
                + "[Command line](#command-line).\n\n");
        md.append("| command | what it does |\n|---|---|\n");
        md.append("| `peerplan [FILE\\|sample:NAME]` | Open the designer, on a project or a bundled sample if given;"
                + " `--probe-startup` prints the time to its first frame and exits. |\n");
        for (Map.Entry<String, CommandLine> sub : root.getSubcommands().entrySet()) {
            md.append("| `peerplan ").append(sub.getKey()).append("` | ").append(summary(sub.getValue())).append(" |\n");
        }
        md.append("\n`peerplan`:\n\n").append(indent(root.getUsageMessage(Ansi.OFF)));
        for (Map.Entry<String, CommandLine> sub : root.getSubcommands().entrySet()) {
            md.append("\n`peerplan ").append(sub.getKey()).append("`:\n\n")
                    .append(indent(sub.getValue().getUsageMessage(Ansi.OFF)));
        }
        return md.append('\n').toString();
    }

    /** The first sentence of a command's header, or else of its description (which may span elements). */
    private static String summary(CommandLine command) {
        var usage = command.getCommandSpec().usageMessage();
        String text = String.join(" ", usage.header().length > 0 ? usage.header() : usage.description())
                .replace("%n", " ").replaceAll("\\s+", " ").trim();
        int end = text.indexOf(". ");
        return (end < 0 ? text : text.substring(0, end + 1)).replace("|", "\\|");
    }

    private static String indent(String usage) {
        StringBuilder b = new StringBuilder();
        for (String line : usage.stripTrailing().split("\n", -1)) {
            b.append(line.isBlank() ? "" : "    " + line.stripTrailing()).append('\n');
        }
        return b.toString();
    }
}
