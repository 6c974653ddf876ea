package io.peerplan.export.routeros;

import io.peerplan.export.text.ConfigSyntax;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One RouterOS script command ({@code add ...} or {@code set default ...}) with its properties
 * written in name order, as RouterOS's own {@code /export} prints them (seed 002:
 * {@code add multihop=no name=kube1 remote-address=... remote-as=... ttl=default}). Values that are
 * not plain words are quoted with every character the script language gives a meaning escaped
 * (RouterOS manual, Scripting, "Constant Escape Sequences"), so no value can end the string, the
 * line or the command.
 */
final class RscLine {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._:/,@+*%-]+");
    private final String verb;
    private final Map<String, String> props = new TreeMap<>();

    private RscLine(String verb) {
        this.verb = verb;
    }

    static RscLine add() {
        return new RscLine("add");
    }

    static RscLine set(String selector) {
        return new RscLine("set " + selector);
    }

    RscLine prop(String name, Object value) {
        if (value != null) {
            props.put(name, value.toString());
        }
        return this;
    }

    /** A free-text property ({@code comment}), whitespace collapsed as the routers store descriptions. */
    RscLine text(String name, String value) {
        return value == null || value.isBlank() ? this : prop(name, ConfigSyntax.collapsed("RouterOS script", value));
    }

    /** A property without a value, such as v7's {@code blackhole}; sorted with the others. */
    RscLine flag(String name) {
        props.put(name, null);
        return this;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(verb);
        props.forEach((k, v) -> b.append(' ').append(k).append(v == null ? "" : "=" + quote(v)));
        return b.toString();
    }

    static String quote(String v) {
        if (PLAIN.matcher(v).matches()) {
            return v;
        }
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '"', '\\', '$', '?' -> b.append('\\').append(c); // '$' expands a variable, '?' prints help
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        // "\xx: print character from hex value; hex numbers should use capital letters" (one per UTF-8 byte).
                        for (byte x : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
                            b.append('\\').append("%02X".formatted(x & 0xff));
                        }
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
