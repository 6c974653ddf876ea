package io.peerplan.export.importer;

/**
 * Something the import did not take over as written: a line or field it does not know (kept here
 * verbatim so nothing is lost silently), a secret it refused to store, or a guess it made.
 *
 * @param file    the input file
 * @param line    1-based line number, or 0 when the note is about a YAML document or the whole file
 * @param where   the context: {@code router bgp 64859 / address-family ipv4 unicast}, or {@code BGPPeer x}
 * @param text    the original line or field, verbatim
 * @param reason  what happened to it
 */
public record ImportNote(Kind kind, String file, int line, String where, String text, String reason) {

    public enum Kind {
        /** Not understood; kept in the report, not in the design. */
        UNKNOWN,
        /** A secret; replaced by a reference to a named secret. */
        SECRET,
        /** A value Peerplan had to infer (a node from a neighbor, an interface from a BGPPeer...). */
        INFERRED
    }

    /** {@code file:line: [where] text — reason}. */
    public String render() {
        return file + (line > 0 ? ":" + line : "") + ": " + (where == null || where.isEmpty() ? "" : "[" + where + "] ")
                + text + " — " + reason;
    }
}
