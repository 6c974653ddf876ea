package io.peerplan.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.peerplan.model.Asn;
import io.peerplan.model.Ip;
import io.peerplan.model.IpPrefix;
import io.peerplan.model.Topology;
import io.peerplan.model.generate.ScaleTopology;
import io.peerplan.model.sample.SampleDesigns;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * {@link RecordTree} makes the tree {@link ProjectMapper}'s Jackson configuration makes, node for
 * node and key for key, or leaves it to Jackson: on every sample and generated design, and on
 * randomly filled records of every type a design holds (nulls, empty texts, lists and maps, zeros,
 * {@code false}, "nothing set" sub-records, every enum constant).
 */
class RecordTreeTest {
    private static final ObjectMapper MAPPER = ProjectMapper.create();

    @Test
    void everySampleAndGeneratedDesignIsTheTreeJacksonMakes() throws Exception {
        List<String> texts = SampleDesigns.textsWithGenerated(new ScaleTopology.Spec(5, 200, 10, 2, 200),
                new ScaleTopology.Spec(3, 60, 6, 2, 80, true));
        for (String text : texts) {
            Topology t = ProjectCodec.read("design", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            JsonNode ours = RecordTree.of(t);
            assertThat(ours).as("RecordTree makes the tree of every design Peerplan writes").isNotNull();
            assertSameTree(ours, MAPPER.valueToTree(t), "design");
        }
    }

    @Test
    void randomlyFilledRecordsOfEveryTypeAreTheTreesJacksonMakes() throws Exception {
        Random random = new Random(20261208);
        Set<Class<?>> types = new LinkedHashSet<>();
        collect(Topology.class, types);
        assertThat(types).as("record types a design holds").hasSizeGreaterThan(40);
        int made = 0;
        int compared = 0;
        for (Class<?> type : types) {
            for (int i = 0; i < 150; i++) {
                Object value;
                try {
                    value = fill(type, random, 0);
                } catch (InvocationTargetException refused) {
                    continue; // the record's constructor refuses this combination
                }
                made++;
                JsonNode ours = RecordTree.of(value);
                if (ours != null) {
                    compared++;
                    assertSameTree(ours, MAPPER.valueToTree(value), type.getSimpleName() + " " + value);
                }
            }
        }
        assertThat(compared).as("random records compared (of %d made)", made).isGreaterThan(made * 9 / 10);
    }

    @Test
    void aTypeItDoesNotKnowIsLeftToJackson() {
        record Odd(java.time.Duration d) {
        }
        assertThat(RecordTree.of(new Odd(java.time.Duration.ofSeconds(3)))).isNull();
        assertThat(RecordTree.of(Map.of(1, "x"))).isNull();
    }

    private static void assertSameTree(JsonNode ours, JsonNode theirs, String what) {
        // toString keeps the keys' order, equals the node types (an int is not a long).
        assertThat(ours.toString()).as(what).isEqualTo(theirs.toString());
        assertThat(ours).as(what).isEqualTo(theirs);
    }

    private static void collect(Type type, Set<Class<?>> out) {
        if (type instanceof ParameterizedType p) {
            for (Type arg : p.getActualTypeArguments()) {
                collect(arg, out);
            }
        } else if (type instanceof Class<?> c && (c.isRecord() || c.isEnum()) && out.add(c) && c.isRecord()) {
            for (RecordComponent rc : c.getRecordComponents()) {
                collect(rc.getGenericType(), out);
            }
        }
    }

    private static Object fill(Type type, Random random, int depth) throws ReflectiveOperationException {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            int size = random.nextInt(4) == 0 || depth > 3 ? 0 : 1 + random.nextInt(2);
            if (random.nextInt(5) == 0) {
                return null;
            }
            if (List.class.isAssignableFrom(raw)) {
                List<Object> list = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    list.add(fill(p.getActualTypeArguments()[0], random, depth + 1));
                }
                return list;
            }
            if (SortedMap.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)) {
                TreeMap<String, Object> map = new TreeMap<>();
                for (int i = 0; i < size; i++) {
                    map.put(List.of("b", "a", "", "k8s.io/x").get(random.nextInt(4)), fill(p.getActualTypeArguments()[1], random, depth + 1));
                }
                return map;
            }
            throw new AssertionError("a generic type the test does not fill: " + type);
        }
        Class<?> c = (Class<?>) type;
        boolean none = !c.isPrimitive() && random.nextInt(6) == 0;
        if (none) {
            return null;
        }
        if (c == String.class) {
            return List.of("", "x", "a b", "10.0.0.1", "true", "65001").get(random.nextInt(6));
        } else if (c == Integer.class || c == int.class) {
            return List.of(0, 1, -1, 179).get(random.nextInt(4));
        } else if (c == Long.class || c == long.class) {
            return List.of(0L, 1L, 4294967296L).get(random.nextInt(3));
        } else if (c == Boolean.class || c == boolean.class) {
            return random.nextBoolean();
        } else if (c == double.class || c == Double.class) {
            return List.of(0.0, 1.5, -2.0).get(random.nextInt(3));
        } else if (c.isEnum()) {
            Object[] constants = c.getEnumConstants();
            return constants[random.nextInt(constants.length)];
        } else if (c == Ip.class) {
            return Ip.parse(random.nextBoolean() ? "192.0.2." + random.nextInt(256) : "2001:db8::" + random.nextInt(100));
        } else if (c == IpPrefix.class) {
            return IpPrefix.parse(List.of("10.0.0.0/24", "any", "2001:db8::/48", "198.51.100.14/29").get(random.nextInt(4)));
        } else if (c == Asn.class) {
            return Asn.of(List.of(65001L, 4200000000L, 0L).get(random.nextInt(3)));
        } else if (c.isRecord()) {
            if (depth > 4) {
                return null;
            }
            Object constant = noneConstant(c);
            if (constant != null && random.nextInt(4) == 0) {
                return constant;
            }
            RecordComponent[] components = c.getRecordComponents();
            Object[] args = new Object[components.length];
            Class<?>[] raw = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                raw[i] = components[i].getType();
                args[i] = fill(components[i].getGenericType(), random, depth + 1);
            }
            Constructor<?> canonical = c.getDeclaredConstructor(raw);
            canonical.setAccessible(true);
            return canonical.newInstance(args);
        }
        throw new AssertionError("a type the test does not fill: " + c);
    }

    /** The "nothing set" constant NoneValues leaves out, when the type has one (it equals a record with nothing set). */
    private static Object noneConstant(Class<?> c) {
        return NoneValues.TYPES.contains(c) ? new Object() {
            Object find() {
                for (String name : List.of("NONE", "EMPTY", "DEFAULT")) {
                    try {
                        return c.getField(name).get(null);
                    } catch (ReflectiveOperationException e) {
                        // try the next name
                    }
                }
                return null;
            }
        }.find() : null;
    }
}
