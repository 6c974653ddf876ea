package io.peerplan.export.lab;

/** A lab run stopped because its caller cancelled it ({@link LabProgress#cancelRequested()}), after cleaning up. */
public final class LabCancelledException extends LabException {
    private static final long serialVersionUID = 1L;

    public LabCancelledException(String message) {
        super(message);
    }
}
