package io.peerplan.app.design;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/**
 * Copy-with for the model's immutable records: {@code Records.with(router, "asn", Asn.of(64512))}.
 * The model gives only a few hand-written withers; editing any of the many fields from the
 * inspector would otherwise need a 21-argument constructor call per field. Uses only public
 * reflection (record accessors and canonical constructors are public in an exported package), so
 * the model module needs no {@code opens}. Cost: one accessor call per component, cached metadata.
 */
public final class Records {
    private static final ClassValue<Meta> META = new ClassValue<>() {
        @Override
        protected Meta computeValue(Class<?> type) {
            return Meta.of(type);
        }
    };

    private Records() {
    }

    /** A copy of {@code record} with one component replaced. */
    public static <R extends Record> R with(R record, String component, Object value) {
        Meta meta = META.get(record.getClass());
        int index = meta.index(component);
        Object[] args = meta.values(record);
        Class<?> type = meta.components[index].getType();
        if (value != null && !box(type).isInstance(value)) {
            throw new IllegalArgumentException(record.getClass().getSimpleName() + "." + component + " takes "
                    + type.getSimpleName() + ", not " + value.getClass().getSimpleName());
        }
        args[index] = value == null && type.isPrimitive() ? args[index] : value;
        return meta.create(record, args);
    }

    /** The value of one component. */
    public static Object get(Record record, String component) {
        Meta meta = META.get(record.getClass());
        return meta.value(record, meta.index(component));
    }

    /** The declared type of one component. */
    public static Class<?> type(Class<? extends Record> type, String component) {
        Meta meta = META.get(type);
        return meta.components[meta.index(component)].getType();
    }

    private static Class<?> box(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        if (type == boolean.class) {
            return Boolean.class;
        }
        if (type == int.class) {
            return Integer.class;
        }
        if (type == long.class) {
            return Long.class;
        }
        if (type == double.class) {
            return Double.class;
        }
        throw new IllegalArgumentException("unsupported primitive " + type);
    }

    private record Meta(RecordComponent[] components, Constructor<?> constructor) {
        static Meta of(Class<?> type) {
            if (!type.isRecord()) {
                throw new IllegalArgumentException(type + " is not a record");
            }
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            try {
                return new Meta(components, type.getConstructor(types));
            } catch (NoSuchMethodException e) {
                throw new IllegalArgumentException(type + " has no public canonical constructor", e);
            }
        }

        int index(String name) {
            for (int i = 0; i < components.length; i++) {
                if (components[i].getName().equals(name)) {
                    return i;
                }
            }
            throw new IllegalArgumentException(constructor.getDeclaringClass().getSimpleName() + " has no component '" + name + "'");
        }

        Object value(Record record, int i) {
            try {
                return components[i].getAccessor().invoke(record);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            } catch (InvocationTargetException e) {
                throw rethrow(e);
            }
        }

        Object[] values(Record record) {
            Object[] out = new Object[components.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = value(record, i);
            }
            return out;
        }

        @SuppressWarnings("unchecked")
        <R> R create(R record, Object[] args) {
            try {
                return (R) constructor.newInstance(args);
            } catch (InstantiationException | IllegalAccessException e) {
                throw new IllegalStateException(e);
            } catch (InvocationTargetException e) {
                throw rethrow(e);
            }
        }

        private static RuntimeException rethrow(InvocationTargetException e) {
            return e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }
}
