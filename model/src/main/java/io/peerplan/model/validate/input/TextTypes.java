package io.peerplan.model.validate.input;

import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which declared types can hold a value {@link ProjectText}'s walk reports: a {@code String}, a
 * {@code List} of such, any {@code Map} (its keys count as text), or a model record with such a
 * component. The walk reads the other components (numbers, booleans, enums, addresses, AS numbers)
 * only to find nothing in them, one reflective call each; skipping them reports the same fields
 * with a fraction of the calls. When a type could be something else at run time (an interface, an
 * open class, a type variable), the answer is yes.
 */
final class TextTypes {
    private TextTypes() {
    }

    /** Whether a value declared as {@code type} can hold text; {@code model} is the package prefix of records the walk enters. */
    static boolean mayHoldText(Type type, String model) {
        return mayHoldText(type, model, new HashSet<>());
    }

    private static boolean mayHoldText(Type type, String model, Set<Class<?>> entered) {
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            if (List.class.isAssignableFrom(raw) && p.getActualTypeArguments().length == 1) {
                return mayHoldText(p.getActualTypeArguments()[0], model, entered);
            }
            return mayHoldText(raw, model, entered);
        }
        if (!(type instanceof Class<?> c)) {
            return true; // a type variable, wildcard or generic array: could be anything
        }
        if (c == String.class || List.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c)) {
            return true;
        }
        if (c.isRecord()) {
            if (!c.getPackageName().startsWith(model)) {
                return false; // the walk does not enter records from outside the model
            }
            if (!entered.add(c)) {
                return true; // a record that contains itself: say yes rather than reason about the cycle
            }
            try {
                for (RecordComponent rc : c.getRecordComponents()) {
                    if (mayHoldText(rc.getGenericType(), model, entered)) {
                        return true;
                    }
                }
                return false;
            } finally {
                entered.remove(c);
            }
        }
        // A primitive, an array, an enum or any other final class can only be what it is, none of
        // which the walk reads as text; an open class or interface may be a String, List, Map or
        // record at run time.
        return !(c.isPrimitive() || c.isArray() || c.isEnum() || Modifier.isFinal(c.getModifiers()));
    }
}
