package io.peerplan.app.ui.push;

import io.peerplan.app.files.Settings;
import io.peerplan.export.push.PassphrasePrompt;
import io.peerplan.export.push.SshSettings;
import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * How the push dialog logs in, kept in the user's designer settings (never in the project, which
 * travels): the known_hosts file, the key files and whether to use ssh-agent. No secret is kept:
 * passphrases are asked for each run.
 */
public record PushSettings(Path knownHosts, List<Path> identities, boolean useAgent) {
    static final String KNOWN_HOSTS = "push.knownHosts";
    static final String IDENTITIES = "push.identities";
    static final String AGENT = "push.useAgent";

    public PushSettings {
        identities = List.copyOf(identities);
    }

    /** The saved choice, else ssh's defaults (~/.ssh/known_hosts, the agent, the usual key files). */
    public static PushSettings load(Settings s) {
        String kh = s.get(KNOWN_HOSTS, "");
        String ids = s.get(IDENTITIES, "");
        return new PushSettings(kh.isBlank() ? SshSettings.defaultKnownHosts() : Path.of(kh),
                ids.isBlank() ? List.of() : Arrays.stream(ids.split(File.pathSeparator)).filter(x -> !x.isBlank()).map(Path::of).toList(),
                Boolean.parseBoolean(s.get(AGENT, "true")));
    }

    public void save(Settings s) {
        s.put(KNOWN_HOSTS, knownHosts.toString());
        s.put(IDENTITIES, String.join(File.pathSeparator, identities.stream().map(Path::toString).toList()));
        s.put(AGENT, Boolean.toString(useAgent));
    }

    /** The engine's settings; the agent comes from {@code SSH_AUTH_SOCK} when it is used. */
    public SshSettings ssh(PassphrasePrompt passphrases) {
        return new SshSettings(knownHosts, identities, useAgent ? SshSettings.agentFromEnvironment() : null, passphrases, null);
    }

    /** One line for the dialog: what will be offered. */
    public String describe() {
        String agent = useAgent ? (SshSettings.agentFromEnvironment() == null ? "ssh-agent (none running)" : "ssh-agent") : null;
        String keys = identities.isEmpty() ? (agent == null || SshSettings.agentFromEnvironment() == null ? "~/.ssh/id_* key files" : null)
                : String.join(", ", identities.stream().map(Path::toString).toList());
        return "Host keys checked against " + knownHosts + "; logs in with "
                + String.join(" and ", java.util.stream.Stream.of(agent, keys).filter(x -> x != null).toList());
    }
}
