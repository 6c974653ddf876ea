package io.peerplan.model.io;

/**
 * Not a failure: the sign, thrown by {@link BlockBinder} and {@link RecordTree}, that a value is
 * outside what they follow and Jackson should bind or serialise it. One shared instance, without a
 * stack trace (it is thrown per value and never seen outside the package).
 */
final class Unsure extends Exception {
    static final Unsure INSTANCE = new Unsure();

    private Unsure() {
        super(null, null, false, false);
    }
}
