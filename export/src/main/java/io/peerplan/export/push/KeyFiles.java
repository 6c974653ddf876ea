package io.peerplan.export.push;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.userauth.keyprovider.KeyPairWrapper;
import net.schmizz.sshj.userauth.keyprovider.KeyProvider;
import net.schmizz.sshj.userauth.password.PasswordFinder;
import net.schmizz.sshj.userauth.password.Resource;

/**
 * Loads private key files once per push, decrypting them at once so the user is asked for each
 * passphrase a single time even when many devices connect in parallel. The passphrase array is
 * wiped right after use; only the decrypted key stays, in memory, for the run.
 */
final class KeyFiles {
    private static final int ATTEMPTS = 3;

    private KeyFiles() {
    }

    static List<KeyProvider> load(List<Path> files, PassphrasePrompt prompt) throws PushFailure {
        List<KeyProvider> keys = new ArrayList<>();
        try (SSHClient loader = new SSHClient()) {
            for (Path f : files) {
                keys.add(load(loader, f, prompt));
            }
        } catch (IOException e) {
            throw new PushFailure(PushFailure.Kind.AUTH_FAILED, "could not read key files: " + e.getMessage(), e);
        }
        return keys;
    }

    private static KeyProvider load(SSHClient loader, Path file, PassphrasePrompt prompt) throws PushFailure {
        if (!Files.isReadable(file)) {
            throw new PushFailure(PushFailure.Kind.AUTH_FAILED, "key file " + file + " does not exist or is not readable");
        }
        Finder finder = new Finder(prompt, file.toString());
        try {
            KeyProvider lazy = loader.loadKeys(file.toString(), finder);
            return new KeyPairWrapper(new KeyPair(lazy.getPublic(), lazy.getPrivate()));
        } catch (IOException | RuntimeException e) {
            String why = finder.asked == 0 ? e.getMessage()
                    : finder.gaveUp ? "it is encrypted and no passphrase was given (without a terminal, add the key to ssh-agent)" : "wrong passphrase (" + finder.asked + " attempts)";
            throw new PushFailure(PushFailure.Kind.AUTH_FAILED, "cannot use key file " + file + ": " + why, e);
        } finally {
            finder.wipe();
        }
    }

    /** Asks the prompt, keeps the array only until the key is decrypted, then wipes it. */
    private static final class Finder implements PasswordFinder {
        private final PassphrasePrompt prompt;
        private final String file;
        private char[] last;
        private int asked;
        private boolean gaveUp;

        Finder(PassphrasePrompt prompt, String file) {
            this.prompt = prompt;
            this.file = file;
        }

        @Override
        public char[] reqPassword(Resource<?> resource) {
            wipe();
            asked++;
            last = prompt.passphrase(file);
            gaveUp = last == null;
            // sshj blanks the array after decrypting; wipe() covers the paths where it does not.
            return last;
        }

        @Override
        public boolean shouldRetry(Resource<?> resource) {
            return !gaveUp && asked < ATTEMPTS;
        }

        void wipe() {
            if (last != null) {
                Arrays.fill(last, '\0');
            }
        }
    }
}
