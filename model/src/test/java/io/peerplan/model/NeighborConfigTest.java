package io.peerplan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** {@link NeighborConfig#setsOnlyPeerGroup} answers as comparing with the empty config would, for every component. */
class NeighborConfigTest {

    @Test
    void onlyThePeerGroupMaySetForEachComponent() throws Exception {
        RecordComponent[] components = NeighborConfig.class.getRecordComponents();
        Constructor<NeighborConfig> canonical = NeighborConfig.class.getDeclaredConstructor(
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        int checked = 0;
        for (int i = 0; i < components.length; i++) {
            for (boolean withGroup : new boolean[] {false, true}) {
                Object[] values = new Object[components.length];
                values[i] = sample(components[i].getType());
                if (withGroup) {
                    values[index(components, "peerGroup")] = "spine";
                }
                NeighborConfig c = canonical.newInstance(values);
                boolean onlyGroup = components[i].getName().equals("peerGroup");
                assertThat(c.setsOnlyPeerGroup()).as("only %s set (peer group too: %s)", components[i].getName(), withGroup)
                        .isEqualTo(onlyGroup)
                        .isEqualTo(NeighborConfig.EMPTY.equals(new NeighborConfig(c.remoteAs(), c.localAs(), null,
                                c.description(), c.interfaceName(), c.updateSource(), c.ebgpMultihop(), c.bfd(), c.bfdProfile(),
                                c.keepalive(), c.hold(), c.passwordRef(), c.prefixListIn(), c.prefixListOut(), c.routeMapIn(),
                                c.routeMapOut(), c.allowasIn(), c.routeReflectorClient(), c.nextHopSelf(), c.defaultOriginate(),
                                c.weight(), c.port(), c.shutdown())));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(2 * components.length);
        assertThat(NeighborConfig.EMPTY.setsOnlyPeerGroup()).isTrue();
    }

    private static int index(RecordComponent[] components, String name) {
        for (int i = 0; i < components.length; i++) {
            if (components[i].getName().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no component " + name);
    }

    private static Object sample(Class<?> type) {
        if (type == String.class) {
            return "x";
        }
        if (type == Long.class) {
            return 1L;
        }
        if (type == Integer.class) {
            return 1;
        }
        if (type == Boolean.class) {
            return Boolean.FALSE;
        }
        throw new AssertionError("a component of a new type: " + type + "; give it a sample value here");
    }
}
