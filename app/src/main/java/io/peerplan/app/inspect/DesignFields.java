package io.peerplan.app.inspect;

import java.util.List;

/**
 * The design's own fields, shown when nothing is selected: its name and description head the
 * exported bundle's README and the diagram's title.
 */
public final class DesignFields {
    public static final String TITLE = "Design";

    private DesignFields() {
    }

    public static List<FieldSpec> of() {
        return List.of(
                FieldSpec.text(TITLE, "Design name", "The design's name: the bundle's README and file names use it",
                        t -> Parse.text(t.name()), (t, s) -> t.withName(Parse.required(s, "a design name"))),
                FieldSpec.area(TITLE, "Design description", "A sentence or two on what the design is for (the bundle's README)",
                        t -> Parse.text(t.description()), (t, s) -> t.withDescription(Parse.freeText(s))));
    }
}
