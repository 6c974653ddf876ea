package io.peerplan.model.io;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Binds the tokens {@link BlockYaml} read from a project file to the model's records, as
 * {@link ProjectMapper}'s Jackson configuration binds them, for the shapes the model is made of:
 * records built through their canonical constructors, the three scalar records built through a
 * delegating {@code @JsonCreator} (Asn, Ip, IpPrefix), enums named by {@code @JsonProperty} or
 * {@link Enum#name()}, text, numbers, flags, lists and sorted maps.
 *
 * <p>Why: in a fresh JVM, Jackson's databind builds a deserializer for each of the ~90 record types
 * (annotation introspection, creator discovery) and runs its general machinery for each value: about
 * a tenth of every command that loads a large design, most of it compiling databind's code
 * (docs/benchmarks.md, session 11). Here a value either binds exactly as Jackson would bind it, or
 * the binder is unsure ({@link #bind} returns null) and Jackson binds the same tokens as before, with
 * its errors and locations: an unknown or repeated key, a token of another kind than the type takes
 * (Jackson's coercions, such as a number where text is expected, are only followed where they give
 * the same value), a number out of range, a constructor that throws, a Jackson annotation this class
 * does not know. {@code BlockBinderTest} compares both on the samples, generated designs and
 * thousands of mutated files.
 */
final class BlockBinder {
    private static final Unsure UNSURE = Unsure.INSTANCE;
    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };

    private BlockBinder() {
    }

    /** The value of type {@code type} the parser's tokens hold, or null when Jackson should bind them. */
    static <T> T bind(JsonParser p, Class<T> type) {
        try {
            p.nextToken();
            Object value = shape(type).read(p, p.currentToken());
            return p.nextToken() == null && value != null ? type.cast(value) : null;
        } catch (Unsure | IOException | RuntimeException | ReflectiveOperationException e) {
            return null;
        }
    }

    /** How values of a declared type bind: a class's shape, or a list or text-keyed sorted map of another. */
    private static Shape shape(Type type) {
        if (type instanceof Class<?> c) {
            return SHAPES.get(c);
        } else if (type instanceof ParameterizedType generic) {
            Type[] args = generic.getActualTypeArguments();
            if (generic.getRawType() == List.class) {
                return listOf(shape(args[0]));
            } else if (generic.getRawType() == SortedMap.class && args[0] == String.class) {
                return sortedMapOf(shape(args[1]));
            }
        }
        return Shape.NONE;
    }

    /** True when {@code t} opens the collection {@code start} begins; false for null; else Jackson's to bind. */
    private static boolean opens(JsonToken t, JsonToken start) throws Unsure {
        if (t == JsonToken.VALUE_NULL) {
            return false;
        } else if (t != start) {
            throw UNSURE;
        }
        return true;
    }

    private static Shape listOf(Shape element) {
        return (p, t) -> {
            if (!opens(t, JsonToken.START_ARRAY)) {
                return null;
            }
            List<Object> list = new ArrayList<>();
            for (JsonToken next = p.nextToken(); next != JsonToken.END_ARRAY; next = p.nextToken()) {
                list.add(element.read(p, next));
            }
            return list;
        };
    }

    private static Shape sortedMapOf(Shape value) {
        return (p, t) -> {
            if (!opens(t, JsonToken.START_OBJECT)) {
                return null;
            }
            SortedMap<String, Object> map = new TreeMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonToken next = p.nextToken();
                if (map.containsKey(key)) {
                    throw UNSURE;
                }
                map.put(key, value.read(p, next));
            }
            return map;
        };
    }

    /** How one class binds. */
    private interface Shape {
        /** A class this binder leaves to Jackson. */
        Shape NONE = (p, t) -> {
            throw UNSURE;
        };

        Object read(JsonParser p, JsonToken t) throws IOException, Unsure, ReflectiveOperationException;

        static Shape of(Class<?> type) {
            if (type == String.class) {
                // Jackson turns an integer into text where text is expected (ProjectMapper's coercion).
                return (p, t) -> switch (t) {
                    case VALUE_STRING, VALUE_NUMBER_INT -> p.getText();
                    case VALUE_NULL -> null;
                    default -> throw UNSURE;
                };
            } else if (type == int.class || type == Integer.class) {
                return number(type, JsonParser::getIntValue, JsonParser.NumberType.INT);
            } else if (type == long.class || type == Long.class) {
                return number(type, JsonParser::getLongValue, JsonParser.NumberType.LONG);
            } else if (type == boolean.class || type == Boolean.class) {
                return (p, t) -> {
                    if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
                        return t == JsonToken.VALUE_TRUE;
                    } else if (t == JsonToken.VALUE_NULL && type == Boolean.class) {
                        return null;
                    }
                    throw UNSURE;
                };
            } else if (type == double.class) {
                return (p, t) -> {
                    if (t != JsonToken.VALUE_NUMBER_FLOAT) {
                        throw UNSURE;
                    }
                    return p.getDoubleValue();
                };
            } else if (type.isEnum() && !hasJacksonAnnotation(type, Stream.of(type.getDeclaredMethods()))) {
                return EnumShape.of(type);
            } else if (type.isRecord()) {
                return RecordShape.of(type);
            }
            return NONE;
        }

        private static Shape number(Class<?> type, NumberReader reader, JsonParser.NumberType widest) {
            return (p, t) -> {
                if (t == JsonToken.VALUE_NULL && !type.isPrimitive()) {
                    return null;
                }
                if (t != JsonToken.VALUE_NUMBER_INT || p.getNumberType().compareTo(widest) > 0) {
                    throw UNSURE; // text, a float, or out of range: Jackson refuses it, with its location
                }
                return reader.read(p);
            };
        }
    }

    private interface NumberReader {
        Object read(JsonParser p) throws IOException;
    }

    /** An enum: by {@code @JsonProperty} on the constant, else by its name (Jackson's defaults). */
    private record EnumShape(Map<String, Object> byName) implements Shape {
        static Shape of(Class<?> type) {
            Map<String, Object> byName = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                byName.put(jsonName((Enum<?>) constant), constant);
            }
            return new EnumShape(Map.copyOf(byName));
        }

        @Override
        public Object read(JsonParser p, JsonToken t) throws IOException, Unsure {
            if (t == JsonToken.VALUE_NULL) {
                return null;
            }
            Object constant = t == JsonToken.VALUE_STRING ? byName.get(p.getText()) : null;
            if (constant == null) {
                throw UNSURE;
            }
            return constant;
        }
    }

    /**
     * A record: through its delegating creator when it has one (Asn from a number, Ip and IpPrefix
     * from text), else by its components' keys through the canonical constructor; a component
     * missing from the file gets null, 0 or false, as Jackson passes for an absent creator property.
     */
    private record RecordShape(Method delegate, boolean textDelegate, Map<String, Integer> index, Type[] types, Shape[] shapes,
            Constructor<?> canonical) implements Shape {
        static Shape of(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            List<Executable> creators = Stream.concat(Stream.of(type.getDeclaredMethods()), Stream.of(type.getDeclaredConstructors()))
                    .<Executable>map(e -> e)
                    .filter(e -> e.isAnnotationPresent(JsonCreator.class))
                    .toList();
            if (creators.size() == 1 && creators.getFirst() instanceof Method m && Modifier.isStatic(m.getModifiers())
                    && m.getAnnotation(JsonCreator.class).mode() == JsonCreator.Mode.DELEGATING && m.getReturnType() == type
                    && m.getParameterCount() == 1 && (m.getParameterTypes()[0] == String.class || m.getParameterTypes()[0] == long.class)
                    && !hasJacksonAnnotation(type, Stream.concat(Stream.of(type.getDeclaredConstructors()),
                            Stream.of(type.getDeclaredMethods()).filter(x -> !x.equals(m) && !isJsonValue(x))))) {
                m.setAccessible(true);
                return new RecordShape(m, m.getParameterTypes()[0] == String.class, null, null, null, null);
            }
            if (!creators.isEmpty()
                    || hasJacksonAnnotation(type, Stream.concat(Stream.of(type.getDeclaredConstructors()), Stream.of(type.getDeclaredMethods())))) {
                return NONE;
            }
            Map<String, Integer> index = new HashMap<>();
            Type[] types = new Type[components.length];
            Class<?>[] raw = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                index.put(jsonName(components[i]), i);
                types[i] = components[i].getGenericType();
                raw[i] = components[i].getType();
            }
            try {
                Constructor<?> canonical = type.getDeclaredConstructor(raw);
                canonical.setAccessible(true);
                return new RecordShape(null, false, Map.copyOf(index), types, new Shape[types.length], canonical);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public Object read(JsonParser p, JsonToken t) throws IOException, Unsure, ReflectiveOperationException {
            if (delegate != null) {
                if (t != (textDelegate ? JsonToken.VALUE_STRING : JsonToken.VALUE_NUMBER_INT)
                        || !textDelegate && p.getNumberType().compareTo(JsonParser.NumberType.LONG) > 0) {
                    throw UNSURE;
                }
                return delegate.invoke(null, textDelegate ? p.getText() : (Object) p.getLongValue());
            }
            if (!opens(t, JsonToken.START_OBJECT)) {
                return null;
            }
            Object[] args = new Object[types.length];
            boolean[] seen = new boolean[types.length];
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                Integer i = index.get(p.currentName());
                if (i == null || seen[i]) {
                    throw UNSURE; // Jackson refuses an unknown key (FAIL_ON_UNKNOWN_PROPERTIES) and a repeated one
                }
                seen[i] = true;
                // Each component's shape is found on its first value (not when this shape is made: a
                // record may hold a list of its own kind) and kept, instead of looked up per value.
                Shape shape = shapes[i];
                if (shape == null) {
                    shapes[i] = shape = shape(types[i]);
                }
                args[i] = shape.read(p, p.nextToken());
            }
            for (int i = 0; i < args.length; i++) {
                if (args[i] == null && types[i] instanceof Class<?> c && c.isPrimitive()) {
                    args[i] = c == boolean.class ? Boolean.FALSE : c == int.class ? (Object) 0 : c == long.class ? (Object) 0L : (Object) 0.0;
                }
            }
            return canonical.newInstance(args);
        }

        private static boolean isJsonValue(Method m) {
            return m.isAnnotationPresent(JsonValue.class) && m.getParameterCount() == 0;
        }
    }

    /**
     * Whether the class, its fields or the given members carry a Jackson annotation other than
     * {@code @JsonProperty} with only a name: any other (JsonIgnore, JsonAlias, JsonDeserialize,
     * JsonSetter...) changes binding in a way this class does not follow.
     */
    static boolean hasJacksonAnnotation(Class<?> type, Stream<? extends AnnotatedElement> members) {
        Stream<AnnotatedElement> elements = Stream.concat(Stream.concat(Stream.of(type), Stream.of(type.getDeclaredFields())), members);
        return elements.flatMap(e -> Stream.concat(Stream.of(e.getAnnotations()), parameterAnnotations(e)))
                .anyMatch(a -> isJackson(a) && !(a instanceof JsonProperty p && p.access() == JsonProperty.Access.AUTO
                        && !p.required() && p.defaultValue().isEmpty()));
    }

    private static Stream<Annotation> parameterAnnotations(AnnotatedElement e) {
        return e instanceof Executable x ? Stream.of(x.getParameterAnnotations()).flatMap(Stream::of) : Stream.empty();
    }

    private static boolean isJackson(Annotation a) {
        String p = a.annotationType().getPackageName();
        return p.startsWith("com.fasterxml.jackson.");
    }

    /** A delegating or property creator: it concerns reading only. */
    static boolean isCreator(Method m) {
        return m.isAnnotationPresent(JsonCreator.class);
    }

    /** An enum constant in the file: its {@code @JsonProperty} name, else its name (Jackson's defaults). */
    static String jsonName(Enum<?> constant) {
        JsonProperty p;
        try {
            p = constant.getDeclaringClass().getField(constant.name()).getAnnotation(JsonProperty.class);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
        return p != null && !p.value().isEmpty() ? p.value() : constant.name();
    }

    /** The key in the file: the component's name, or its {@code @JsonProperty} rename (BgpPeer's {@code interface}). */
    static String jsonName(RecordComponent c) {
        // @JsonProperty targets fields, methods and parameters, so on a record it lands on the accessor, not the component.
        JsonProperty p = c.getAccessor().getAnnotation(JsonProperty.class);
        return p != null && !p.value().isEmpty() ? p.value() : c.getName();
    }
}
