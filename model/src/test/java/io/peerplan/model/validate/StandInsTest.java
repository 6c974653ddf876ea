package io.peerplan.model.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.model.Asn;
import io.peerplan.model.Platform;
import io.peerplan.model.Router;
import io.peerplan.model.Topology;
import io.peerplan.model.sample.Samples;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A router an import invented (a stand-in) is shown in the findings but never makes a design fail. */
class StandInsTest {
    /** Seed 000 with its first external provider at the reserved AS 0, as an import writes an unknown AS. */
    private static Topology withProviderAtAsZero(boolean standIn) throws Exception {
        Topology t = Samples.load("two-dc-anycast");
        Router provider = t.routers().stream().filter(r -> r.platform() == Platform.EXTERNAL).findFirst().orElseThrow();
        List<Router> routers = t.routers().stream()
                .map(r -> r == provider ? r.withAsn(Asn.of(0)).withStandIn(standIn ? Boolean.TRUE : null) : r).toList();
        return t.withRouters(routers);
    }

    @Test
    void anErrorAboutARealRouterCounts() throws Exception {
        List<Finding> f = Validator.validate(withProviderAtAsZero(false));
        assertThat(f).anyMatch(x -> x.ruleId().equals("ASN-RESERVED") && x.severity() == Severity.ERROR);
    }

    @Test
    void theSameErrorAboutAStandInIsAnInfoThatNamesIt() throws Exception {
        Topology t = withProviderAtAsZero(true);
        String id = t.routers().stream().filter(Router::isStandIn).findFirst().orElseThrow().id();
        List<Finding> f = Validator.validate(t);
        assertThat(f).noneMatch(x -> x.elementIds().contains(id) && x.severity() != Severity.INFO);
        assertThat(f).filteredOn(x -> x.ruleId().equals("ASN-RESERVED")).singleElement()
                .satisfies(x -> assertThat(x.message()).contains("about " + id + ", a stand-in the import invented")
                        .contains("its error does not count"));
    }
}
