package io.peerplan.app.ui.push;

import javafx.stage.Window;

/** For the screenshot mains: the push's passphrase prompt, asked as the push worker asks it (off the FX thread). */
public final class PushShots {
    private PushShots() {
    }

    public static void askPassphrase(Window owner, String keyFile) {
        Thread worker = new Thread(() -> new PassphraseDialog(owner).passphrase(keyFile), "passphrase-shot");
        worker.setDaemon(true);
        worker.start();
    }
}
