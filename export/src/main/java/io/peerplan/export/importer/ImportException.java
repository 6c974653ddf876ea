package io.peerplan.export.importer;

/** An input that cannot be imported at all (not text, not YAML...), with file, line and column. */
public final class ImportException extends Exception {
    public ImportException(String file, int line, int column, String problem) {
        super(file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + problem);
    }
}
