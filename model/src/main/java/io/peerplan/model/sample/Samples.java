package io.peerplan.model.sample;

import io.peerplan.model.Topology;
import io.peerplan.model.io.ProjectCodec;
import io.peerplan.model.io.ProjectLoadException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The bundled samples, faithful to the three source scenarios ({@code shared/seeds}), loadable by
 * name and by {@code sample:NAME} wherever a file is accepted.
 */
public final class Samples {
    public static final String PREFIX = "sample:";

    /** Sample name and the one-line summary {@code peerplan samples} prints. */
    public record Sample(String name, String summary) {
    }

    private static final List<Sample> ALL = List.of(
            new Sample("two-dc-anycast", "Two-DC BGP anycast: FRR gateways, MetalLB CRDs, BFD, as-path-prepend switchover (seed 000)"),
            new Sample("homelab-openwrt-quagga", "OpenWrt homelab router on Quagga, MetalLB legacy ConfigMap (seed 001)"),
            new Sample("mikrotik-core", "MikroTik RouterOS v6 core router with three speakers, two pools (seed 002)"));

    private Samples() {
    }

    public static List<Sample> all() {
        return ALL;
    }

    public static List<String> names() {
        return ALL.stream().map(Sample::name).toList();
    }

    /** The raw text of a sample as bundled. */
    public static byte[] bytes(String name) {
        if (!names().contains(name)) {
            throw new IllegalArgumentException("no sample named '" + name + "'; samples: " + String.join(", ", names()));
        }
        try (InputStream in = Samples.class.getResourceAsStream(name + ProjectCodec.EXTENSION)) {
            if (in == null) {
                throw new IllegalStateException("sample resource missing: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Topology load(String name) throws ProjectLoadException {
        if (!names().contains(name)) {
            throw new ProjectLoadException(PREFIX + name, 0, 0,
                    "no such sample; samples: " + String.join(", ", names()));
        }
        return ProjectCodec.read(PREFIX + name, bytes(name));
    }

    /** Loads {@code sample:NAME} or a file path, as every command accepts. */
    public static Topology resolve(String fileOrSample) throws ProjectLoadException {
        if (fileOrSample.startsWith(PREFIX)) {
            return load(fileOrSample.substring(PREFIX.length()));
        }
        return ProjectCodec.read(Path.of(fileOrSample));
    }
}
