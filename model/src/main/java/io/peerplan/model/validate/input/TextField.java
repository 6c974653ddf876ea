package io.peerplan.model.validate.input;

/**
 * One text value of a project and where it is.
 *
 * @param pointer the JSON pointer of the value in the project file, e.g. {@code /routers/0/peerGroups/1/name}
 * @param element the id of the element holding it ({@code null} for the project's own name and description)
 * @param field   the path from that element to the value, e.g. {@code peerGroups[1].name}
 * @param value   the text
 * @param grammar what the value may hold
 */
public record TextField(String pointer, String element, String field, String value, Grammar grammar) {

    /** {@code router gateway-alfa-unoone, peerGroups[1].name 'pg?'}: the element id and field, and the value made printable. */
    public String where() {
        return (element == null ? "project" : element) + ": " + field + " " + shown(value);
    }

    /** The value in quotes, control characters written as {@code \\uXXXX}, long values cut: a message stays one line. */
    public static String shown(String value) {
        StringBuilder b = new StringBuilder("'");
        int max = 60;
        for (int i = 0; i < value.length() && i < max; i++) {
            char c = value.charAt(i);
            int type = Character.getType(c);
            if (type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                    || type == Character.FORMAT) {
                b.append("\\u%04X".formatted((int) c));
            } else {
                b.append(c);
            }
        }
        return b.append(value.length() > max ? "...'" : "'").toString();
    }
}
