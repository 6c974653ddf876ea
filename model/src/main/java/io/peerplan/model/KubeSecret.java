package io.peerplan.model;

import java.util.List;

/**
 * A core Secret in the MetalLB namespace, as far as MetalLB reads it for a BGPPeer's
 * {@code passwordSecret}: its name, type and key names. Values are never part of a design (an import
 * reports them as secrets left out).
 *
 * @param type Kubernetes' {@code type}; MetalLB wants {@value #BASIC_AUTH}
 * @param keys the keys of {@code data} and {@code stringData}; MetalLB reads {@value #PASSWORD_KEY}
 */
public record KubeSecret(String name, String type, List<String> keys) {
    /** MetalLB internal/config/config.go passwordFromSecretForPeer: the only type it accepts. */
    public static final String BASIC_AUTH = "kubernetes.io/basic-auth";
    public static final String PASSWORD_KEY = "password";

    public KubeSecret {
        keys = Lists.copy(keys);
    }

    /** Kubernetes' default type when none is written. */
    public String effectiveType() {
        return type != null ? type : "Opaque";
    }

    // Typed copies with one component replaced, for the designer's edits (WithersTest pins each).
    public KubeSecret withName(String value) {
        return new KubeSecret(value, type, keys);
    }

    public KubeSecret withType(String value) {
        return new KubeSecret(name, value, keys);
    }

    public KubeSecret withKeys(List<String> value) {
        return new KubeSecret(name, type, value);
    }
}
