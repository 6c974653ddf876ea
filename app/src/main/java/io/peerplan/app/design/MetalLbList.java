package io.peerplan.app.design;

import io.peerplan.model.BgpAdvertisement;
import io.peerplan.model.BgpPeer;
import io.peerplan.model.Community;
import io.peerplan.model.KubeSecret;
import io.peerplan.model.L2Advertisement;
import io.peerplan.model.MetalLb;
import io.peerplan.model.MetalLbBfdProfile;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One of a cluster's named MetalLB object lists that the designer selects and edits one object at a
 * time (BGPPeers, BGPAdvertisements, Communities, BFDProfiles, L2Advertisements, the Secrets peers name): its selection-key segment
 * ({@code CLUSTER/bgppeer/NAME}), the CRD kind as MetalLB and the validator name it, and typed access
 * to the list. A registry, so that finding, replacing and listing these objects is written once.
 *
 * @param <E> the object's record
 */
public record MetalLbList<E>(String segment, String crdKind, Kind kind, Class<E> type,
        Function<MetalLb, List<E>> get, BiFunction<MetalLb, List<E>, MetalLb> set, Function<E, String> name,
        BiFunction<E, String, E> rename) {

    public static final MetalLbList<BgpPeer> PEERS = new MetalLbList<>("bgppeer", "BGPPeer", Kind.BGP_PEER, BgpPeer.class,
            MetalLb::peers, MetalLb::withPeers, BgpPeer::name, BgpPeer::withName);
    public static final MetalLbList<BgpAdvertisement> ADVERTISEMENTS = new MetalLbList<>("advertisement", "BGPAdvertisement",
            Kind.ADVERTISEMENT, BgpAdvertisement.class, MetalLb::advertisements, MetalLb::withAdvertisements, BgpAdvertisement::name,
            BgpAdvertisement::withName);
    public static final MetalLbList<Community> COMMUNITIES = new MetalLbList<>("community", "Community", Kind.COMMUNITY,
            Community.class, MetalLb::communities, MetalLb::withCommunities, Community::name, Community::withName);
    public static final MetalLbList<MetalLbBfdProfile> BFD_PROFILES = new MetalLbList<>("bfdprofile", "BFDProfile",
            Kind.METALLB_BFD, MetalLbBfdProfile.class, MetalLb::bfdProfiles, MetalLb::withBfdProfiles, MetalLbBfdProfile::name,
            MetalLbBfdProfile::withName);

    public static final MetalLbList<L2Advertisement> L2_ADVERTISEMENTS = new MetalLbList<>("l2advertisement", "L2Advertisement",
            Kind.L2_ADVERTISEMENT, L2Advertisement.class, MetalLb::l2Advertisements, MetalLb::withL2Advertisements,
            L2Advertisement::name, L2Advertisement::withName);
    /** The core Secrets a BGPPeer's passwordSecret names (kind Secret, in MetalLB's namespace). */
    public static final MetalLbList<KubeSecret> SECRETS = new MetalLbList<>("secret", "Secret", Kind.SECRET, KubeSecret.class,
            MetalLb::secrets, MetalLb::withSecrets, KubeSecret::name, KubeSecret::withName);

    public static final List<MetalLbList<?>> ALL = List.of(PEERS, ADVERTISEMENTS, COMMUNITIES, BFD_PROFILES, L2_ADVERTISEMENTS,
            SECRETS);

    /** The list whose key segment this is ("bgppeer"). */
    public static Optional<MetalLbList<?>> bySegment(String segment) {
        return ALL.stream().filter(l -> l.segment.equals(segment)).findFirst();
    }

    /** The list whose CRD kind this is, as findings name it ("BGPPeer"). */
    public static Optional<MetalLbList<?>> byCrdKind(String crdKind) {
        return ALL.stream().filter(l -> l.crdKind.equals(crdKind)).findFirst();
    }

    /** The list that holds objects of this record type, if any. */
    public static Optional<MetalLbList<?>> holding(Object element) {
        return ALL.stream().filter(l -> l.type.isInstance(element)).findFirst();
    }

    /** The selection key of the object named {@code name} in the cluster. */
    public String key(String clusterId, String objectName) {
        return clusterId + "/" + segment + "/" + objectName;
    }

    public Optional<E> find(MetalLb m, String objectName) {
        return get.apply(m).stream().filter(e -> Objects.equals(name.apply(e), objectName)).findFirst();
    }

    public List<String> names(MetalLb m) {
        return get.apply(m).stream().map(name).filter(Objects::nonNull).toList();
    }

    /** The list with one object more at the end. */
    public MetalLb append(MetalLb m, E value) {
        List<E> out = new java.util.ArrayList<>(get.apply(m));
        out.add(value);
        return set.apply(m, out);
    }

    /** The list without the objects whose keys are in {@code gone}. */
    public MetalLb without(MetalLb m, String clusterId, java.util.Set<String> gone) {
        List<E> kept = get.apply(m).stream().filter(e -> !gone.contains(key(clusterId, name.apply(e)))).toList();
        return kept.size() == get.apply(m).size() ? m : set.apply(m, kept);
    }

    /** A name not used yet in this list: {@code stem-1}, {@code stem-2}, ... */
    public String freeName(MetalLb m, String stem) {
        List<String> taken = names(m);
        int n = 1;
        while (taken.contains(stem + "-" + n)) {
            n++;
        }
        return stem + "-" + n;
    }

    /** The MetalLB objects with {@code old} (the very instance) replaced by {@code value}. */
    public MetalLb replace(MetalLb m, Object old, Object value) {
        return set.apply(m, Elements.swap(get.apply(m), old, type.cast(value)));
    }
}
