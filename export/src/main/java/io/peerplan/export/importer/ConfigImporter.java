package io.peerplan.export.importer;

import io.peerplan.model.Topology;
import io.peerplan.model.io.ProjectCodec;
import io.peerplan.model.io.ProjectLoadException;
import io.peerplan.model.io.Utf8Text;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Brings existing configs into a design: {@code frr.conf} files (and Quagga's {@code bgpd.conf} +
 * {@code zebra.conf}) become routers, speaker YAML (MetalLB custom resources or the legacy ConfigMap,
 * frr-k8s FRRConfigurations, Cilium BGP v2 objects) and Service manifests become clusters, and their sessions become peerings. Files of one Peerplan
 * bundle directory belong together (a router's two Quagga files, a cluster's MetalLB and services
 * files). What is not understood is reported, never dropped silently.
 */
public final class ConfigImporter {
    /** Compiled once: the test runs on every line of every file given. */
    private static final Pattern ROUTER_BGP = Pattern.compile("router bgp [0-9][0-9.]*( .*)?");
    private static final List<String> ROUTER_FILES = List.of("frr.conf", "bgpd.conf", "zebra.conf");
    private static final List<String> CLUSTER_FILES = List.of("metallb.yaml", "metallb-config.yaml", "services.yaml", "frr-k8s.yaml", "cilium.yaml");
    private static final List<String> BUNDLE_EXTRAS = List.of("README.md", "daemons", "sysctl-forwarding.conf", "vtysh-commands.txt",
            "bgp.rsc", io.peerplan.export.BundleWriter.MANIFEST);

    /** One input: its path (directories group files) and its text. */
    public record Input(String path, String text) {
    }

    /**
     * The imported design, the report of everything not taken over as written, and where each
     * imported element and object was written.
     */
    public record Result(Topology topology, List<ImportNote> notes, List<ImportSource> sources) {
    }

    private ConfigImporter() {
    }

    /** Reads the files (a directory stands for the config files under it) and imports them. */
    public static Result importFiles(String name, List<Path> paths) throws ImportException {
        List<Input> inputs = new ArrayList<>();
        List<ImportNote> skipped = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
                        String base = f.getFileName().toString();
                        if (ROUTER_FILES.contains(base) || base.endsWith(".yaml") || base.endsWith(".yml")) {
                            inputs.add(new Input(f.toString(), read(f)));
                        } else if (BUNDLE_EXTRAS.contains(base)) {
                            continue;
                        } else if (base.endsWith(".conf")) {
                            otherConf(f, inputs, skipped);
                        } else {
                            skipped.add(new ImportNote(ImportNote.Kind.UNKNOWN, f.toString(), 0, "", base,
                                    "not a *.conf router config or MetalLB YAML file; skipped"));
                        }
                    }
                } catch (IOException e) {
                    throw new ImportException(p.toString(), 0, 0, "cannot read the folder: " + e.getMessage());
                }
            } else {
                inputs.add(new Input(p.toString(), read(p)));
            }
        }
        Result r = importConfigs(name, inputs);
        List<ImportNote> all = new ArrayList<>(skipped);
        all.addAll(r.notes());
        return new Result(r.topology(), all, r.sources());
    }

    /**
     * A {@code *.conf} of a folder under another name than frr.conf/bgpd.conf/zebra.conf (r1.conf,
     * edge-frr.conf...): taken when it is an FRR or Quagga BGP config, that is UTF-8 text with a
     * {@code router bgp ASN} line, else skipped with the reason (a folder holds other .conf files too).
     */
    private static void otherConf(Path f, List<Input> inputs, List<ImportNote> skipped) throws ImportException {
        String base = f.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(f);
        } catch (IOException e) {
            throw new ImportException(f.toString(), 0, 0, "cannot read: " + e.getMessage());
        }
        String text;
        try {
            text = Utf8Text.decode(bytes);
        } catch (Utf8Text.NotText e) {
            skipped.add(new ImportNote(ImportNote.Kind.UNKNOWN, f.toString(), 0, "", base,
                    "not text (" + e.getMessage() + "), so not an FRR or Quagga config; skipped"));
            return;
        }
        if (text.lines().map(String::strip).anyMatch(l -> ROUTER_BGP.matcher(l).matches())) {
            inputs.add(new Input(f.toString(), text));
        } else {
            skipped.add(new ImportNote(ImportNote.Kind.UNKNOWN, f.toString(), 0, "", base,
                    "no 'router bgp ASN' line, so not an FRR or Quagga BGP config; skipped"));
        }
    }

    /** Pure: the same, from texts. */
    public static Result importConfigs(String name, List<Input> inputs) throws ImportException {
        List<ImportNote> notes = new ArrayList<>();
        Map<String, ParsedRouter> routers = new LinkedHashMap<>();
        Map<String, ParsedCluster> clusters = new LinkedHashMap<>();
        for (Input in : inputs) {
            if (isYaml(in)) {
                String key = clusterKey(in);
                MetalLbYamlReader.read(in.path(), in.text(), clusters.computeIfAbsent(key, ParsedCluster::new), notes);
            } else {
                String key = routerKey(in);
                ParsedRouter into = routers.computeIfAbsent(key, k -> new ParsedRouter());
                FrrConfigParser.parse(in.path(), in.text(), notes, into);
                if (into.id == null && into.hostname == null) {
                    into.id = key;
                }
                if (base(in).equals("bgpd.conf") || base(in).equals("zebra.conf")) {
                    into.platform = io.peerplan.model.Platform.QUAGGA;
                }
            }
        }
        for (ParsedRouter r : routers.values()) {
            if (r.asn == null) {
                // Peerplan's routers are BGP speakers; a config without "router bgp ASN" (OSPF only, cut short) has none.
                throw new ImportException(r.source, 1, 1, "no 'router bgp ASN' section: Peerplan imports BGP routers; "
                        + "is the file complete?");
            }
        }
        for (ParsedCluster c : clusters.values()) {
            // frr-k8s and Cilium objects become the cluster's MetalLB-shaped design once all its files are read
            // (a folder's services file may come after them).
            FrrK8sDesign.build(c, notes);
            CiliumDesign.build(c, notes);
        }
        // A file of unknown documents only makes no cluster (each document is reported); a cluster of
        // BFDProfiles, Communities or L2Advertisements alone is still a cluster.
        clusters.values().removeIf(ParsedCluster::isEmpty);
        Topology t = TopologyAssembler.assemble(name, "Imported by Peerplan from " + inputs.size() + " file"
                + (inputs.size() == 1 ? "" : "s") + ".", new ArrayList<>(routers.values()), new ArrayList<>(clusters.values()), notes);
        byte[] design = ProjectCodec.write(t).getBytes(StandardCharsets.UTF_8);
        Topology loaded;
        try {
            // The design must load like any project file. What the parsers let through but a design
            // cannot hold (a router left without an AS number, found by FuzzTest) is the input's
            // problem to the user: one message naming the files and the element, never a crash.
            loaded = ProjectCodec.readWithoutFieldGrammar(name, design);
        } catch (ProjectLoadException e) {
            throw new ImportException(String.join(", ", inputs.stream().map(Input::path).toList()), 0, 0,
                    "these configs make no loadable design: " + e.problem());
        }
        try {
            ProjectCodec.checkFieldGrammar(name, design, loaded);
        } catch (ProjectLoadException e) {
            // A value the input holds but no router config may (InputRules): refused, named by element id and field.
            throw new ImportException(String.join(", ", inputs.stream().map(Input::path).toList()), 0, 0,
                    e.problem() + "; Peerplan does not carry such a value into a design");
        }
        List<ImportSource> sources = new ArrayList<>();
        for (ParsedRouter r : routers.values()) {
            sources.add(new ImportSource(r.elementId, null, r.bgpFile, r.bgpLine));
        }
        clusters.values().forEach(c -> sources.addAll(c.sources()));
        return new Result(t, notes, List.copyOf(sources));
    }

    private static boolean isYaml(Input in) {
        String b = base(in).toLowerCase(Locale.ROOT);
        if (b.endsWith(".yaml") || b.endsWith(".yml")) {
            return true;
        }
        String t = in.text().stripLeading();
        return t.startsWith("apiVersion:") || t.startsWith("---") || t.startsWith("kind:");
    }

    /** Files of one bundle directory belong to one element: the directory names it; other files stand alone. */
    private static String routerKey(Input in) {
        Path p = Path.of(in.path());
        if (ROUTER_FILES.contains(base(in)) && p.getParent() != null) {
            return p.getParent().getFileName().toString();
        }
        return stripExtension(base(in));
    }

    private static String clusterKey(Input in) {
        String fromHeader = MetalLbHeaderReader.clusterId(in.text());
        if (fromHeader != null) {
            return fromHeader;
        }
        Path p = Path.of(in.path());
        if (CLUSTER_FILES.contains(base(in)) && p.getParent() != null) {
            return p.getParent().getFileName().toString();
        }
        return stripExtension(base(in));
    }

    private static String base(Input in) {
        Path f = Path.of(in.path()).getFileName();
        return f == null ? in.path() : f.toString();
    }

    private static String stripExtension(String s) {
        int dot = s.lastIndexOf('.');
        return dot > 0 ? s.substring(0, dot) : s;
    }

    private static String read(Path p) throws ImportException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(p);
        } catch (NoSuchFileException e) {
            throw new ImportException(p.toString(), 0, 0, "no such file");
        } catch (IOException e) {
            throw new ImportException(p.toString(), 0, 0, "cannot read: " + e.getMessage());
        }
        try {
            return Utf8Text.decode(bytes);
        } catch (Utf8Text.NotText e) {
            throw new ImportException(p.toString(), e.line(), e.column(), e.getMessage() + "; expected frr.conf or YAML");
        }
    }
}
