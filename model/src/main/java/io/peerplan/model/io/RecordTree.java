package io.peerplan.model.io;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The JSON tree that Jackson's {@code valueToTree} makes of a design under {@link ProjectMapper}'s
 * configuration, built from the records directly, for the shapes the model is made of (the writing
 * twin of {@link BlockBinder}): records by their components in order, each left out as the mapper's
 * inclusion rules leave it out (null; an empty list or map; a {@code false} flag; a sub-record with
 * nothing set, {@link NoneValues}; an empty text is kept), the three scalar records by their
 * {@code @JsonValue}, enums by their {@code @JsonProperty} name, sorted maps by key.
 *
 * <p>Why: in a fresh JVM, databind builds a serializer for each record type (annotation
 * introspection, property discovery) before writing a value: {@code import} spent a seventh of its
 * CPU serialising the design it writes (docs/benchmarks.md, session 12). Anything this class is not
 * sure of (a type it does not know, a Jackson annotation it does not follow, a non-text map key)
 * makes {@link #of} answer null, and Jackson serialises the design as before. {@code RecordTreeTest}
 * compares both trees, text and node types, on the samples, generated designs and randomly filled
 * records of every type the model has.
 */
final class RecordTree {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Unsure UNSURE = Unsure.INSTANCE;
    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };

    private RecordTree() {
    }

    /** The tree of {@code value} as Jackson would make it, or null when Jackson should make it. */
    static JsonNode of(Object value) {
        try {
            return treeOf(value);
        } catch (Unsure | ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static JsonNode treeOf(Object value) throws Unsure, ReflectiveOperationException {
        if (value == null) {
            return NODES.nullNode();
        } else if (value instanceof List<?> list) {
            ArrayNode array = NODES.arrayNode(list.size());
            for (Object element : list) {
                array.add(treeOf(element));
            }
            return array;
        } else if (value instanceof Map<?, ?> map) {
            // ORDER_MAP_ENTRIES_BY_KEYS; the entries are written whatever their value (content inclusion ALWAYS).
            ObjectNode object = NODES.objectNode();
            for (Map.Entry<?, ?> e : (map instanceof TreeMap<?, ?> ? map : sortedByKey(map)).entrySet()) {
                if (!(e.getKey() instanceof String key)) {
                    throw UNSURE;
                }
                object.set(key, treeOf(e.getValue()));
            }
            return object;
        }
        return SHAPES.get(value.getClass()).node(value);
    }

    private static Map<?, ?> sortedByKey(Map<?, ?> map) throws Unsure {
        TreeMap<String, Object> sorted = new TreeMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getKey() instanceof String key)) {
                throw UNSURE;
            }
            sorted.put(key, e.getValue());
        }
        return sorted;
    }

    /** How the values of one class become nodes. */
    private interface Shape {
        Shape NONE = value -> {
            throw UNSURE;
        };

        JsonNode node(Object value) throws Unsure, ReflectiveOperationException;

        static Shape of(Class<?> type) {
            if (type == String.class) {
                return value -> NODES.textNode((String) value);
            } else if (type == Integer.class) {
                return value -> NODES.numberNode((Integer) value);
            } else if (type == Long.class) {
                return value -> NODES.numberNode((Long) value);
            } else if (type == Boolean.class) {
                return value -> NODES.booleanNode((Boolean) value);
            } else if (type == Double.class) {
                return value -> NODES.numberNode((Double) value);
            } else if (type.isEnum() && !BlockBinder.hasJacksonAnnotation(type, Stream.of(type.getDeclaredMethods()))) {
                return enumShape(type);
            } else if (type.isRecord()) {
                return RecordShape.of(type);
            }
            return NONE;
        }

        /** By {@code @JsonProperty} on the constant, else by its name (Jackson's defaults). */
        private static Shape enumShape(Class<?> type) {
            Map<Object, JsonNode> names = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                names.put(constant, NODES.textNode(BlockBinder.jsonName((Enum<?>) constant)));
            }
            return names::get;
        }
    }

    /**
     * A record: its one {@code @JsonValue} accessor's text or number when it has one (Asn, Ip,
     * IpPrefix), else an object of its components in order under their keys, each left out as
     * {@link ProjectMapper}'s inclusion rules say.
     */
    private record RecordShape(Method jsonValue, String[] names, Method[] accessors, Inclusion[] inclusions) implements Shape {
        static Shape of(Class<?> type) {
            Method valueMethod = null;
            for (Method m : type.getDeclaredMethods()) {
                if (m.isAnnotationPresent(JsonValue.class)) {
                    if (valueMethod != null || m.getParameterCount() != 0
                            || m.getReturnType() != String.class && m.getReturnType() != long.class) {
                        return NONE;
                    }
                    valueMethod = m;
                }
            }
            Method chosen = valueMethod;
            if (BlockBinder.hasJacksonAnnotation(type, Stream.of(type.getDeclaredMethods()).filter(m -> !m.equals(chosen) && !BlockBinder.isCreator(m)))) {
                return NONE;
            }
            if (chosen != null) {
                chosen.setAccessible(true);
                return new RecordShape(chosen, null, null, null);
            }
            RecordComponent[] components = type.getRecordComponents();
            String[] names = new String[components.length];
            Method[] accessors = new Method[components.length];
            Inclusion[] inclusions = new Inclusion[components.length];
            for (int i = 0; i < components.length; i++) {
                names[i] = BlockBinder.jsonName(components[i]);
                accessors[i] = components[i].getAccessor();
                accessors[i].setAccessible(true);
                inclusions[i] = Inclusion.of(components[i].getGenericType());
                if (inclusions[i] == null) {
                    return NONE;
                }
            }
            return new RecordShape(null, names, accessors, inclusions);
        }

        @Override
        public JsonNode node(Object value) throws Unsure, ReflectiveOperationException {
            if (jsonValue != null) {
                Object v = jsonValue.invoke(value);
                if (v instanceof String text) {
                    if (text.isEmpty()) {
                        throw UNSURE; // NON_EMPTY would leave an empty text out of its property
                    }
                    return NODES.textNode(text);
                }
                return NODES.numberNode((Long) v);
            }
            ObjectNode object = NODES.objectNode();
            for (int i = 0; i < names.length; i++) {
                Object v = accessors[i].invoke(value);
                if (!inclusions[i].leavesOut(v)) {
                    object.set(names[i], treeOf(v));
                }
            }
            return object;
        }
    }

    /** When {@link ProjectMapper} leaves a property of a declared type out. */
    private enum Inclusion {
        /** The default, NON_EMPTY: null, and an empty list or map. */
        NON_EMPTY,
        /** {@code String}'s override, NON_NULL: an empty text is kept. */
        NON_NULL,
        /** {@code boolean}'s override, NON_DEFAULT: {@code false}. */
        NOT_FALSE,
        /** The sub-records whose "nothing set" constant {@link NoneValues} filters out. */
        NONE_VALUE,
        /** An {@code int}, {@code long} or {@code double}: NON_EMPTY keeps a zero (Jackson 2.7 on). */
        ALWAYS;

        private static final NoneValues NONE_VALUES = new NoneValues();

        static Inclusion of(Type type) {
            if (type == boolean.class) {
                return NOT_FALSE;
            } else if (type == int.class || type == long.class || type == double.class) {
                return ALWAYS;
            } else if (type == String.class) {
                return NON_NULL;
            } else if (type instanceof Class<?> c && NoneValues.TYPES.contains(c)) {
                return NONE_VALUE;
            } else if (type instanceof Class<?> c && !c.isPrimitive()) {
                return NON_EMPTY;
            } else if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw
                    && (List.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw))) {
                return NON_EMPTY;
            }
            return null; // other primitives and generic types: not followed here
        }

        boolean leavesOut(Object v) {
            return switch (this) {
                case NON_EMPTY -> v == null || v instanceof Collection<?> c && c.isEmpty() || v instanceof Map<?, ?> m && m.isEmpty();
                case NON_NULL -> v == null;
                case NOT_FALSE -> Boolean.FALSE.equals(v);
                case NONE_VALUE -> NONE_VALUES.equals(v);
                case ALWAYS -> false;
            };
        }
    }
}
