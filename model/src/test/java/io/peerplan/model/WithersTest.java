package io.peerplan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every {@code withX} of every model record equals the canonical constructor with only component
 * X changed. The withers are hand-written positional constructor calls, where swapping two
 * components of one type compiles; this is the check that catches it. Records are found on disk,
 * so a wither added later is covered without touching this test.
 */
class WithersTest {

    @Test
    void everyWitherReplacesExactlyItsOwnComponent() throws Exception {
        List<String> checked = new ArrayList<>();
        for (Class<?> type : modelRecords()) {
            RecordComponent[] components = type.getRecordComponents();
            for (Method m : type.getMethods()) {
                RecordComponent target = witherTarget(m, components);
                if (target == null) {
                    continue;
                }
                Object[] args = values(components, 1);
                Object base = canonical(type).newInstance(args);
                int index = Arrays.asList(components).indexOf(target);
                args[index] = value(target.getGenericType(), 2);
                Object expected = canonical(type).newInstance(args);

                assertThat(expected).as("%s: the probe value must differ", m).isNotEqualTo(base);
                assertThat(m.invoke(base, args[index])).as("%s.%s", type.getSimpleName(), m.getName())
                        .isEqualTo(expected);
                checked.add(type.getSimpleName() + "." + m.getName());
            }
        }
        // The designer edits through these; losing them would mean edits fell back to something untyped.
        assertThat(checked).contains("Topology.withRegions", "Router.withBgp", "NeighborConfig.withRouteMapOut",
                "BgpPeer.withHoldTime", "Node.withLabels", "End.withConfig");
    }

    /** The component a {@code withX(value)} method replaces, or null when the method is no wither. */
    private static RecordComponent witherTarget(Method m, RecordComponent[] components) {
        if (!m.getName().startsWith("with") || m.getParameterCount() != 1 || Modifier.isStatic(m.getModifiers())
                || m.getName().length() < 5) {
            return null;
        }
        String name = Character.toLowerCase(m.getName().charAt(4)) + m.getName().substring(5);
        RecordComponent found = Arrays.stream(components).filter(c -> c.getName().equals(name)).findFirst()
                .orElse(null);
        assertThat(found).as("%s looks like a wither but names no component", m).isNotNull();
        return found;
    }

    private static List<Class<?>> modelRecords() throws URISyntaxException, java.io.IOException {
        Path dir = Path.of(Topology.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("io/peerplan/model");
        try (Stream<Path> files = Files.list(dir)) {
            List<Class<?>> out = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                Class<?> c = load("io.peerplan.model." + f.getFileName().toString().replace(".class", ""));
                if (c.isRecord() && Modifier.isPublic(c.getModifiers())) {
                    out.add(c);
                }
            }
            assertThat(out).hasSizeGreaterThan(20);
            return out;
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Constructor<?> canonical(Class<?> type) throws NoSuchMethodException {
        return type.getConstructor(Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType)
                .toArray(Class<?>[]::new));
    }

    private static Object[] values(RecordComponent[] components, int seed) {
        return Arrays.stream(components).map(c -> value(c.getGenericType(), seed)).toArray();
    }

    /** A value of the type; seeds 1 and 2 give two values that differ after the records' normalisation. */
    private static Object value(Type generic, int seed) {
        Class<?> raw = generic instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) generic;
        if (raw == String.class) {
            return "s" + seed;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return seed == 2;
        }
        if (raw == int.class || raw == Integer.class) {
            return seed;
        }
        if (raw == long.class || raw == Long.class) {
            return (long) seed;
        }
        if (raw == double.class || raw == Double.class) {
            return (double) seed;
        }
        if (raw == Asn.class) {
            return Asn.of(64_511L + seed);
        }
        if (raw == Ip.class) {
            return Ip.parse("192.0.2." + seed);
        }
        if (raw == IpPrefix.class) {
            return IpPrefix.parse("198.51.100." + seed * 8 + "/29");
        }
        if (raw.isEnum()) {
            Object[] constants = raw.getEnumConstants();
            // A one-constant enum differs from the probe only by being absent.
            return constants.length == 1 && seed == 1 ? null : constants[seed % constants.length];
        }
        if (raw == List.class) {
            Type element = ((ParameterizedType) generic).getActualTypeArguments()[0];
            return seed == 1 ? List.of() : List.of(value(element, seed));
        }
        if (Map.class.isAssignableFrom(raw)) {
            Type element = ((ParameterizedType) generic).getActualTypeArguments()[1];
            TreeMap<String, Object> map = new TreeMap<>();
            if (seed == 2) {
                map.put("k", value(element, seed));
            }
            return map;
        }
        if (raw.isRecord()) {
            try {
                return canonical(raw).newInstance(values(raw.getRecordComponents(), seed));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(raw + ": " + e, e);
            }
        }
        throw new AssertionError("WithersTest has no probe value for " + generic + "; add one");
    }
}
