package io.peerplan.model.validate.input;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.peerplan.model.Topology;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every text value of a topology, found by walking its records the way Jackson writes them, so a
 * field added to the model is checked without being listed anywhere: it gets {@link Grammar#LINE}
 * unless {@link FieldGrammars} names a stricter grammar for it. Map keys count as text too.
 *
 * <p>Cost: one visit per record component, accessors cached per record class; linear in the file.
 */
public final class ProjectText {
    private static final String MODEL = Topology.class.getPackageName();
    private static final Map<Class<?>, List<Component>> COMPONENTS = new ConcurrentHashMap<>();

    private record Component(String name, String json, Method accessor) {
    }

    private ProjectText() {
    }

    public static List<TextField> fields(Topology t) {
        List<TextField> out = new ArrayList<>();
        new Walk(out).value(t, "", null, "", Grammar.LINE);
        return out;
    }

    private record Walk(List<TextField> out) {
        void value(Object v, String pointer, String element, String elementPointer, Grammar grammar) {
            switch (v) {
                case null -> { }
                case String s -> out.add(new TextField(pointer.isEmpty() ? "/" : pointer, element, field(pointer, elementPointer), s, grammar));
                case Record r when r.getClass().getPackageName().startsWith(MODEL) -> record(r, pointer, element, elementPointer);
                case List<?> list -> {
                    for (int i = 0; i < list.size(); i++) {
                        value(list.get(i), pointer + "/" + i, element, elementPointer, grammar);
                    }
                }
                case Map<?, ?> map -> map.forEach((k, x) -> {
                    String p = pointer + "/" + escape(String.valueOf(k));
                    value(String.valueOf(k), p, element, elementPointer, Grammar.LINE);
                    value(x, p, element, elementPointer, grammar);
                });
                default -> { } // numbers, booleans, enums, addresses and AS numbers are parsed values, never raw text
            }
        }

        private void record(Record r, String pointer, String element, String elementPointer) {
            List<Component> parts = components(r.getClass());
            String id = parts.stream().filter(c -> c.name().equals("id")).findFirst().map(c -> get(r, c)).map(String::valueOf).orElse(null);
            if (id != null) {
                element = id;
                elementPointer = pointer;
            }
            for (Component c : parts) {
                value(get(r, c), pointer + "/" + c.json(), element, elementPointer, FieldGrammars.of(r.getClass(), c.name()));
            }
        }
    }

    private static List<Component> components(Class<?> type) {
        return COMPONENTS.computeIfAbsent(type, t -> {
            List<Component> list = new ArrayList<>();
            for (RecordComponent rc : t.getRecordComponents()) {
                JsonProperty json = rc.getAccessor().getAnnotation(JsonProperty.class);
                String name = json != null && !json.value().isEmpty() ? json.value() : rc.getName();
                list.add(new Component(rc.getName(), name, rc.getAccessor()));
            }
            return List.copyOf(list);
        });
    }

    private static Object get(Record r, Component c) {
        try {
            return c.accessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + r.getClass().getSimpleName() + "." + c.name(), e);
        }
    }

    /** {@code /routers/0/peerGroups/1/name} below element pointer {@code /routers/0}: {@code peerGroups[1].name}. */
    private static String field(String pointer, String elementPointer) {
        String rest = pointer.substring(elementPointer.length());
        StringBuilder b = new StringBuilder();
        for (String part : rest.split("/")) {
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

    /** RFC 6901: '~' and '/' in a key are written {@code ~0} and {@code ~1}. */
    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
