package io.peerplan.model.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.JacksonYAMLParseException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Turns Jackson and SnakeYAML failures into one plain sentence with a line and column. */
final class ErrorTranslator {
    private ErrorTranslator() {
    }

    /**
     * @param index where values start, to place binding errors on the offending key or value rather
     *              than wherever the parser happened to stop (null when the document did not parse)
     */
    static ProjectLoadException translate(String source, Throwable e, LocationIndex index) {
        MarkedYAMLException marked = find(e, MarkedYAMLException.class);
        if (marked != null) {
            Mark mark = marked.getProblemMark() != null ? marked.getProblemMark() : marked.getContextMark();
            String problem = marked.getProblem() != null ? marked.getProblem() : "invalid YAML";
            if (problem.contains("'\\t'") || problem.contains("\\t(TAB)") || problem.toLowerCase(Locale.ROOT).contains("tab")) {
                problem = "a tab character is not allowed here (YAML indentation must use spaces)";
            } else {
                problem = "invalid YAML: " + problem;
            }
            return new ProjectLoadException(source, mark == null ? 0 : mark.getLine() + 1, mark == null ? 0 : mark.getColumn() + 1, problem);
        }
        if (e instanceof JsonProcessingException jpe) {
            JsonLocation loc = jpe.getLocation();
            if (index != null && e instanceof JsonMappingException jme && !jme.getPath().isEmpty()) {
                JsonLocation byPath = index.locate(pointer(jme));
                if (byPath != null) {
                    loc = byPath;
                }
            }
            int line = loc == null ? 0 : loc.getLineNr();
            int col = loc == null ? 0 : loc.getColumnNr();
            return new ProjectLoadException(source, Math.max(line, 0), Math.max(col, 0), describe(jpe));
        }
        String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new ProjectLoadException(source, 0, 0, "cannot read project: " + firstLine(msg));
    }

    private static String describe(JsonProcessingException e) {
        String at = e instanceof JsonMappingException jme ? path(jme) : "";
        String where = at.isEmpty() ? "" : " at '" + at + "'";
        InputCoercionException coercion = find(e, InputCoercionException.class);
        if (coercion != null) {
            return "number out of range" + where + ": " + firstLine(coercion.getOriginalMessage())
                    .replace("Numeric value ", "").replace(" out of range of ", " does not fit in ");
        }
        if (e instanceof UnrecognizedPropertyException u) {
            String key = u.getPropertyName();
            String near = nearest(key, u.getKnownPropertyIds());
            String parent = at.contains(".") ? at.substring(0, at.lastIndexOf('.')) : "";
            return "unknown key '" + key + "'" + (parent.isEmpty() ? "" : " in '" + parent + "'")
                    + (near == null ? "" : "; did you mean '" + near + "'?")
                    + " (valid keys: " + u.getKnownPropertyIds().stream().map(Object::toString).sorted().collect(Collectors.joining(", ")) + ")";
        }
        if (e instanceof ValueInstantiationException v) {
            Throwable cause = v.getCause();
            String why = cause != null && cause.getMessage() != null ? cause.getMessage() : "invalid value";
            return firstLine(why) + where;
        }
        if (e instanceof InvalidFormatException f) {
            Class<?> target = f.getTargetType();
            if (target != null && target.isEnum()) {
                return "'" + f.getValue() + "'" + where + " is not one of: " + enumValues(target);
            }
            return "wrong type" + where + ": '" + f.getValue() + "' is not " + typeName(target);
        }
        if (e instanceof InputCoercionException c) {
            return "number out of range" + where + ": " + firstLine(c.getOriginalMessage())
                    .replace("Numeric value", "value").replace("out of range of", "does not fit");
        }
        if (e instanceof StreamConstraintsException) {
            return "the document nests deeper than " + ProjectMapper.MAX_NESTING + " levels; a project file is never that deep";
        }
        if (e instanceof MismatchedInputException m) {
            Class<?> target = m.getTargetType();
            String orig = m.getOriginalMessage();
            if (orig != null && orig.startsWith("No content to map")) {
                return "the file is empty";
            }
            if (orig != null && orig.contains("Duplicate field")) {
                return "duplicate key" + where + ": " + firstLine(orig);
            }
            if (target != null) {
                return "wrong type" + where + ": expected " + typeName(target);
            }
            return firstLine(orig) + where;
        }
        if (e instanceof JsonMappingException m && m.getCause() instanceof IllegalArgumentException iae) {
            return firstLine(iae.getMessage()) + where;
        }
        if (e instanceof JacksonYAMLParseException) {
            return "invalid YAML: " + firstLine(e.getOriginalMessage());
        }
        String orig = e.getOriginalMessage();
        if (orig != null && orig.contains("Duplicate field")) {
            return "duplicate key: " + firstLine(orig).replace("Duplicate field", "the key") + " appears twice in one mapping";
        }
        return firstLine(orig) + where;
    }

    private static String path(JsonMappingException e) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            } else if (r.getFieldName() != null) {
                if (!b.isEmpty()) {
                    b.append('.');
                }
                b.append(r.getFieldName());
            }
        }
        return b.toString();
    }

    private static String pointer(JsonMappingException e) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            b.append('/').append(r.getIndex() >= 0 ? Integer.toString(r.getIndex()) : r.getFieldName());
        }
        return b.toString();
    }

    private static String typeName(Class<?> t) {
        if (t == null) {
            return "valid here";
        }
        if (t == io.peerplan.model.Asn.class) {
            return "an AS number (0..4294967295)";
        }
        if (t == io.peerplan.model.Ip.class) {
            return "an IP address";
        }
        if (t == io.peerplan.model.IpPrefix.class) {
            return "a CIDR prefix such as 192.168.1.0/24";
        }
        if (t == int.class || t == Integer.class || t == long.class || t == Long.class) {
            return "a whole number";
        }
        if (t == double.class || t == Double.class) {
            return "a number";
        }
        if (t == boolean.class || t == Boolean.class) {
            return "true or false";
        }
        if (t == String.class) {
            return "text";
        }
        if (Collection.class.isAssignableFrom(t)) {
            return "a list";
        }
        if (t.isEnum()) {
            return "one of: " + enumValues(t);
        }
        if (t.isRecord() || java.util.Map.class.isAssignableFrom(t)) {
            return "a mapping (" + t.getSimpleName() + ")";
        }
        return "a " + t.getSimpleName();
    }

    private static String enumValues(Class<?> t) {
        return java.util.Arrays.stream(t.getEnumConstants()).map(c -> {
            try {
                var ann = t.getField(((Enum<?>) c).name()).getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
                return ann != null ? ann.value() : ((Enum<?>) c).name();
            } catch (NoSuchFieldException ex) {
                return ((Enum<?>) c).name();
            }
        }).collect(Collectors.joining(", "));
    }

    /** The known key with the smallest edit distance, if it is plausibly a typo. */
    static String nearest(String key, Collection<Object> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Object o : known) {
            String k = o.toString();
            int d = distance(key.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return best != null && bestDistance <= Math.max(2, key.length() / 3) ? best : null;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static <T> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "invalid value";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

}
