package io.peerplan.model.validate.input;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.peerplan.model.Topology;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;

/**
 * Every text value of a topology, found by walking its records the way Jackson writes them, so a
 * field added to the model is checked without being listed anywhere: it gets {@link Grammar#LINE}
 * unless {@link FieldGrammars} names a stricter grammar for it. Map keys count as text too.
 *
 * <p>Cost: one visit per record component that can hold text ({@link TextTypes}: the others are not
 * read), field handles and grammars cached per record class; linear in the file.
 */
public final class ProjectText {
    private static final String MODEL = Topology.class.getPackageName();
    private static final Map<Class<?>, Components> COMPONENTS = new ConcurrentHashMap<>();

    /** {@code text}: whether a value of the component's declared type can hold text the walk visits ({@link TextTypes}). */
    private record Component(String name, String json, VarHandle field, Grammar grammar, boolean text) {
    }

    /** A record class's components, and which one is its {@code id} (-1 for none). */
    private record Components(List<Component> all, int id) {
    }

    private ProjectText() {
    }

    public static List<TextField> fields(Topology t) {
        return fields(t, (value, grammar) -> true);
    }

    /**
     * The text fields whose value and grammar {@code pick} accepts, in file order. Only those are
     * made into {@link TextField}s with their pointer and path, so a walk that looks for the few
     * values that break their grammar builds no string for the others.
     */
    public static List<TextField> fields(Topology t, BiPredicate<String, Grammar> pick) {
        return fields(t, pick, false);
    }

    /** {@code everyComponent}: read the components that cannot hold text too (for the test that they add nothing). */
    static List<TextField> fields(Topology t, BiPredicate<String, Grammar> pick, boolean everyComponent) {
        List<TextField> out = new ArrayList<>();
        new Walk(out, pick, new ArrayList<>(), everyComponent).value(t, null, 0, Grammar.LINE);
        return out;
    }

    /** The walk keeps the path as segments ({@code routers, 0, peerGroups, 1, name}) and joins them only for a picked value. */
    private record Walk(List<TextField> out, BiPredicate<String, Grammar> pick, List<String> path, boolean everyComponent) {
        void value(Object v, String element, int elementDepth, Grammar grammar) {
            switch (v) {
                case null -> { }
                case String s -> {
                    if (pick.test(s, grammar)) {
                        out.add(new TextField(pointer(), element, field(elementDepth), s, grammar));
                    }
                }
                case Record r when r.getClass().getPackageName().startsWith(MODEL) -> record(r, element, elementDepth);
                case List<?> list -> {
                    for (int i = 0; i < list.size(); i++) {
                        path.add(Integer.toString(i));
                        value(list.get(i), element, elementDepth, grammar);
                        path.removeLast();
                    }
                }
                case Map<?, ?> map -> map.forEach((k, x) -> {
                    path.add(escape(String.valueOf(k)));
                    value(String.valueOf(k), element, elementDepth, Grammar.LINE);
                    value(x, element, elementDepth, grammar);
                    path.removeLast();
                });
                default -> { } // numbers, booleans, enums, addresses and AS numbers are parsed values, never raw text
            }
        }

        private void record(Record r, String element, int elementDepth) {
            Components parts = components(r.getClass());
            Object id = parts.id() < 0 ? null : get(r, parts.all().get(parts.id()));
            if (id != null) {
                element = String.valueOf(id);
                elementDepth = path.size();
            }
            for (Component c : parts.all()) {
                if (!c.text() && !everyComponent) {
                    continue; // an int, enum, address...: the walk would visit it and find no text
                }
                path.add(c.json());
                value(get(r, c), element, elementDepth, c.grammar());
                path.removeLast();
            }
        }

        /** The JSON pointer of the value, e.g. {@code /routers/0/peerGroups/1/name}; {@code /} for the root. */
        private String pointer() {
            return path.isEmpty() ? "/" : "/" + String.join("/", path);
        }

        /** The path below the element's pointer: {@code peerGroups[1].name} below {@code /routers/0}. */
        private String field(int elementDepth) {
            StringBuilder b = new StringBuilder();
            for (String part : path.subList(elementDepth, path.size())) {
                if (part.isEmpty()) {
                    continue;
                }
                String name = part.replace("~1", "/").replace("~0", "~");
                if (part.chars().allMatch(Character::isDigit)) {
                    b.append('[').append(part).append(']');
                } else {
                    b.append(b.isEmpty() ? "" : ".").append(name);
                }
            }
            return b.toString();
        }
    }

    private static Components components(Class<?> type) {
        return COMPONENTS.computeIfAbsent(type, t -> {
            List<Component> list = new ArrayList<>();
            int id = -1;
            for (RecordComponent rc : t.getRecordComponents()) {
                JsonProperty json = rc.getAccessor().getAnnotation(JsonProperty.class);
                String name = json != null && !json.value().isEmpty() ? json.value() : rc.getName();
                if (rc.getName().equals("id")) {
                    id = list.size();
                }
                list.add(new Component(rc.getName(), name, field(t, rc), FieldGrammars.of(t, rc.getName()),
                        TextTypes.mayHoldText(rc.getGenericType(), MODEL)));
            }
            return new Components(List.copyOf(list), id);
        });
    }

    /**
     * The component's field, read through a {@link VarHandle}: one shared access path for every field
     * of a reference type, where {@code Method.invoke} on each accessor spun classes for its method
     * handle (or, with the launcher's native accessors, crossed into the VM on every call).
     */
    private static VarHandle field(Class<?> record, RecordComponent rc) {
        try {
            return MethodHandles.privateLookupIn(record, MethodHandles.lookup()).findVarHandle(record, rc.getName(), rc.getType());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + record.getSimpleName() + "." + rc.getName(), e);
        }
    }

    private static Object get(Record r, Component c) {
        return c.field().get(r);
    }

    /** RFC 6901: '~' and '/' in a key are written {@code ~0} and {@code ~1}. */
    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
