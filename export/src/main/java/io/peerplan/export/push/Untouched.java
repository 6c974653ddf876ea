package io.peerplan.export.push;

/** The closing words of a failure that happened before anything was changed. */
final class Untouched {
    private Untouched() {
    }

    static String note(String message, String what) {
        return message.contains("\n") ? message + "\n  The " + what + " was not changed." : message + " (the " + what + " was not changed)";
    }
}
