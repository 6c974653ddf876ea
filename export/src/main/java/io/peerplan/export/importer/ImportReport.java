package io.peerplan.export.importer;

import java.util.List;

/**
 * What an import did not take over as it was, in words, grouped by kind: the text of
 * {@code NEW.import-report.txt} ({@code peerplan import}) and of the designer's import report, so
 * both say the same.
 */
public final class ImportReport {
    private ImportReport() {
    }

    public static String render(ConfigImporter.Result r) {
        StringBuilder b = new StringBuilder("Peerplan import report for design '" + r.topology().name() + "'.\n");
        if (r.notes().isEmpty()) {
            return b.append("Every line and field was imported.\n").toString();
        }
        for (ImportNote.Kind k : ImportNote.Kind.values()) {
            List<ImportNote> of = r.notes().stream().filter(n -> n.kind() == k).toList();
            if (of.isEmpty()) {
                continue;
            }
            b.append('\n').append(heading(k)).append('\n');
            of.forEach(n -> b.append("  ").append(n.render()).append('\n'));
        }
        return b.toString();
    }

    /** One line on what was imported: "3 routers, 2 clusters, 6 peerings; 4 notes". */
    public static String summary(ConfigImporter.Result r) {
        var t = r.topology();
        return t.routers().size() + " routers, " + t.clusters().size() + " clusters, " + t.peerings().size() + " peerings; "
                + r.notes().size() + " notes";
    }

    private static String heading(ImportNote.Kind k) {
        return switch (k) {
            case UNKNOWN -> "Not understood, kept here verbatim (re-create them by hand if they matter):";
            case SECRET -> "Secrets, not stored in the design (exports write @@SECRET:NAME@@ placeholders):";
            case INFERRED -> "Guessed by Peerplan (check them in the designer):";
        };
    }
}
