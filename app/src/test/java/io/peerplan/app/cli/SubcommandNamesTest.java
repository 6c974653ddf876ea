package io.peerplan.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@link PeerplanCommand#SUBCOMMANDS} writes each subcommand's name beside its class, so that a start
 * does not read fourteen classes' annotations to find one: each name must be the one its
 * {@code @Command} gives, or the command line would build a subcommand under a name picocli does not know.
 */
class SubcommandNamesTest {

    @Test
    void eachNameIsItsCommandAnnotationsName() {
        for (PeerplanCommand.Subcommand c : PeerplanCommand.SUBCOMMANDS) {
            assertThat(c.type().getAnnotation(Command.class)).as("%s has @Command", c.type()).isNotNull();
            assertThat(c.name()).as("the name listed for %s", c.type().getSimpleName())
                    .isEqualTo(c.type().getAnnotation(Command.class).name());
        }
    }

    @Test
    void theWholeCommandLineHasExactlyTheListedSubcommandsInOrder() {
        assertThat(PeerplanCommand.commandLine().getSubcommands().keySet())
                .containsExactlyElementsOf(PeerplanCommand.SUBCOMMANDS.stream().map(PeerplanCommand.Subcommand::name).toList());
        assertThat(PeerplanCommand.SUBCOMMANDS).extracting(PeerplanCommand.Subcommand::type)
                .contains(CommandLine.HelpCommand.class).doesNotHaveDuplicates();
    }
}
