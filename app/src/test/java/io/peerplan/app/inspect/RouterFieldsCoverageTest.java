package io.peerplan.app.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.app.design.Elements;
import io.peerplan.model.Asn;
import io.peerplan.model.Ip;
import io.peerplan.model.IpPrefix;
import io.peerplan.model.Peering;
import io.peerplan.model.Router;
import io.peerplan.model.Topology;
import io.peerplan.model.io.ProjectLoadException;
import io.peerplan.model.sample.Samples;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every value a router holds can be edited in its inspector form: each field and table cell is
 * written with a handful of probe texts, and every record component (found by reflection, so a
 * component added to the model later is covered without touching this test) must be changed by
 * at least one of them. A peering's router end is checked the same way for the neighbor settings.
 */
class RouterFieldsCoverageTest {
    private static final List<String> PROBES = List.of("7", "64999", "192.0.2.77", "192.0.2.0/26", "probe-1", "sudo",
            "syslog informational", "64999 64999", "", "true", "false", "30", "300", "eth0");
    /** Values the model treats as one: an edit changes them whole. */
    private static final Set<Class<?>> VALUES = Set.of(Ip.class, IpPrefix.class, Asn.class);

    @Test
    void everyComponentOfARouterIsEditable() throws ProjectLoadException {
        Topology t = everyListFilled(Samples.load("two-dc-anycast"), "gateway-alfa-unoone");
        Set<String> changed = probe(t, "gateway-alfa-unoone", "Router");

        Set<String> expected = new TreeSet<>();
        leaves(Router.class, "Router", expected);
        // The region is where the card sits on the canvas (moved by dragging); the stand-in mark is the importer's.
        expected.removeAll(Set.of("Router.region", "Router.standIn"));
        // A peer-group's own config has no peer-group (FRR: a peer-group cannot be a member of another).
        expected.remove("Router.peerGroups[].config.peerGroup");
        assertThat(changed).containsAll(expected);
    }

    @Test
    void everyNeighborSettingOfAPeeringEndIsEditable() throws ProjectLoadException {
        Topology t = Samples.load("two-dc-anycast");
        Set<String> changed = probe(t, "alfa-provider", "Peering");

        Set<String> expected = new TreeSet<>();
        leaves(Peering.class, "Peering", expected);
        expected.removeIf(p -> !p.startsWith("Peering.a."));
        // The element is the card the link is drawn to; bgpPeer is a cluster end's (this end is a router's).
        expected.removeAll(Set.of("Peering.a.element", "Peering.a.bgpPeer"));
        assertThat(changed).containsAll(expected);
    }

    /** The sample router with one more row in every table, so every list has a row to edit. */
    private static Topology everyListFilled(Topology t, String key) {
        for (FieldSpec f : InspectorFields.of(t, key)) {
            if (f.table() != null) {
                try {
                    t = f.table().add(t);
                } catch (IllegalArgumentException e) {
                    // A table with nothing sensible to add (every source redistributed) keeps its rows.
                }
            }
        }
        // The named lists added above have sections of their own now: fill those tables too.
        for (FieldSpec f : InspectorFields.of(t, key)) {
            if (f.table() != null && f.table().rows(t).isEmpty()) {
                try {
                    t = f.table().add(t);
                } catch (IllegalArgumentException e) {
                    // As above.
                }
            }
        }
        return t;
    }

    /** The record components that some probe of some field changed, as paths like Router.bgp.hold. */
    private static Set<String> probe(Topology t, String key, String root) {
        Object before = found(t, key);
        Set<String> changed = new TreeSet<>();
        for (FieldSpec f : InspectorFields.of(t, key)) {
            if (f.table() != null) {
                List<List<String>> rows = f.table().rows(t);
                for (int r = 0; r < rows.size(); r++) {
                    for (int c = 0; c < f.table().columns().size(); c++) {
                        for (String text : texts(f.table().columns().get(c).choices())) {
                            try {
                                diff(before, found(f.table().setCell(t, r, c, text), key), root, changed);
                            } catch (IllegalArgumentException refused) {
                                // Not a value this cell takes; another probe will be.
                            }
                        }
                    }
                }
                continue;
            }
            for (String text : texts(f.choices())) {
                try {
                    // An id edit renames the element: look for it under its new key.
                    String after = f.rekey() == null ? key : f.rekey().apply(key, text);
                    diff(before, found(f.write().apply(t, text), after), root, changed);
                } catch (IllegalArgumentException refused) {
                    // As above.
                }
            }
        }
        return changed;
    }

    /** The element, or null once a probe renamed it away. */
    private static Object found(Topology t, String key) {
        return Elements.find(t, key).orElse(null);
    }

    private static List<String> texts(List<String> choices) {
        return choices.isEmpty() ? PROBES : choices;
    }

    /** Adds the path of every leaf component that differs between two values of one type. */
    private static void diff(Object a, Object b, String path, Set<String> out) {
        if (Objects.equals(a, b)) {
            return;
        }
        if (a != null && b != null && a.getClass().isRecord() && a.getClass() == b.getClass() && !VALUES.contains(a.getClass())) {
            for (RecordComponent c : a.getClass().getRecordComponents()) {
                diff(value(c, a), value(c, b), path + "." + c.getName(), out);
            }
        } else if (a instanceof List<?> la && b instanceof List<?> lb && la.size() == lb.size()) {
            for (int i = 0; i < la.size(); i++) {
                diff(la.get(i), lb.get(i), path + "[]", out);
            }
        } else {
            out.add(path);
        }
    }

    /** Every leaf path of a record type: components that are neither records nor lists of records. */
    private static void leaves(Type type, String path, Set<String> out) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw == List.class && type instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> e
                && e.isRecord()) {
            leaves(e, path + "[]", out);
        } else if (raw.isRecord() && raw.getPackageName().equals("io.peerplan.model") && !VALUES.contains(raw)) {
            for (RecordComponent c : raw.getRecordComponents()) {
                leaves(c.getGenericType(), path + "." + c.getName(), out);
            }
        } else {
            out.add(path);
        }
    }

    private static Object value(RecordComponent c, Object record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
