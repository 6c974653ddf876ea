package io.peerplan.app.inspect;

import io.peerplan.app.design.Elements;
import io.peerplan.app.design.Renaming;
import io.peerplan.model.Topology;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Builders for fields that edit one record component of the element a key names, through the
 * component's accessor and the record's typed wither ({@code Router::name, Router::withName}), so
 * renaming a component breaks the build rather than the inspector.
 */
final class Fields {
    private Fields() {
    }

    static Record element(Topology t, String key) {
        return (Record) Elements.find(t, key).orElseThrow(() -> new IllegalArgumentException("'" + key + "' no longer exists"));
    }

    /** The element a key names, as the record type its field list was built for. */
    @SuppressWarnings("unchecked")
    static <R> R typed(Topology t, String key) {
        return (R) element(t, key);
    }

    /** A text field on a component; {@code parse} turns text into the component's value (null allowed). */
    static <R, V> FieldSpec text(String key, String section, String label, Function<R, V> get,
            BiFunction<R, V, R> with, Function<String, V> parse, String help) {
        return FieldSpec.text(section, label, help, t -> format(get.apply(typed(t, key))),
                (t, s) -> Elements.replace(t, key, with.apply(typed(t, key), parse.apply(s))));
    }

    static <R, V> FieldSpec area(String key, String section, String label, Function<R, V> get,
            BiFunction<R, V, R> with, Function<String, V> parse, Function<V, String> format, String help) {
        return FieldSpec.area(section, label, help, t -> format.apply(get.apply(typed(t, key))),
                (t, s) -> Elements.replace(t, key, with.apply(typed(t, key), parse.apply(s))));
    }

    /** A choice among an enum's constants, shown in lower case; optional ones offer "default" (null). */
    static <R, E extends Enum<E>> FieldSpec choice(String key, String section, String label, Function<R, E> get,
            BiFunction<R, E, R> with, Class<E> type, boolean optional, String help) {
        List<String> names = Arrays.stream(type.getEnumConstants()).map(Fields::enumText).toList();
        List<String> choices = optional ? concat("default", names) : names;
        return FieldSpec.choice(section, label, choices, help, t -> {
            E v = get.apply(typed(t, key));
            return v == null ? "default" : enumText(v);
        }, (t, s) -> Elements.replace(t, key, with.apply(typed(t, key), enumValue(type, s))));
    }

    static <R> FieldSpec tri(String key, String section, String label, Function<R, Boolean> get,
            BiFunction<R, Boolean, R> with, String help) {
        return FieldSpec.choice(section, label, Parse.TRI, help, t -> Parse.tri(get.apply(typed(t, key))),
                (t, s) -> Elements.replace(t, key, with.apply(typed(t, key), Parse.tri(s))));
    }

    /** The id, renamed with every reference ({@link Renaming}); the selection follows the new id. */
    static FieldSpec id(String key, String section) {
        return FieldSpec.text(section, "Id", "Unique across the design; what --fail and the CLI use", t -> key,
                (t, s) -> Renaming.renameId(t, key, s == null ? null : s.trim())).rekeyedBy((k, s) -> s.trim());
    }

    /**
     * An interface of the router or vantage a key names, typed as text: a name it does not have is
     * refused. Not a drop-down, so that renaming an interface does not rebuild the whole form.
     */
    static String interfaceName(Topology t, String key, String s) {
        String name = Parse.optional(s);
        if (name == null) {
            return null;
        }
        List<io.peerplan.model.Interface> interfaces = switch (element(t, key)) {
            case io.peerplan.model.Router r -> r.interfaces();
            case io.peerplan.model.Vantage v -> v.interfaces();
            default -> List.of();
        };
        if (interfaces.stream().noneMatch(i -> i.name().equals(name))) {
            throw new IllegalArgumentException("there is no interface '" + name + "' here (" + String.join(", ",
                    interfaces.stream().map(io.peerplan.model.Interface::name).toList()) + ")");
        }
        return name;
    }

    static String enumText(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String s) {
        if (s == null || s.equals("default")) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (enumText(e).equals(s)) {
                return e;
            }
        }
        throw new IllegalArgumentException("'" + s + "' is not one of " + Arrays.stream(type.getEnumConstants())
                .map(Fields::enumText).toList());
    }

    static String format(Object value) {
        if (value instanceof List<?> list) {
            return Parse.list(list);
        }
        return Parse.text(value);
    }

    static List<String> concat(String first, List<String> rest) {
        List<String> out = new java.util.ArrayList<>();
        out.add(first);
        out.addAll(rest);
        return out;
    }
}
