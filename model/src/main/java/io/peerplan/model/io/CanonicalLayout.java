package io.peerplan.model.io;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.comments.CommentType;
import org.yaml.snakeyaml.events.CommentEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * {@code peerplan fmt}: the canonical text of a project (Peerplan's key order, indentation and
 * quoting) with the file's comments carried over. Each comment is anchored to a path of keys and list
 * item {@linkplain Nodes#identity identities}: a comment block to the key or item on the next line, an
 * end-of-line comment to the innermost key or item on its line; the comments above the first key stay on top. SnakeYAML reports comments as
 * {@link CommentEvent}s with their marks when {@code LoaderOptions.setProcessComments} is on.
 * Blank lines are not kept: the canonical layout has none.
 */
final class CanonicalLayout {
    private record Anchor(String path, int line) {
    }

    private CanonicalLayout() {
    }

    /** The canonical text with the original's comments; a comment whose anchor is gone ends the file. */
    static String format(String original, String canonical) throws YamlSplice.Unspliceable {
        Map<Integer, List<Anchor>> oldLines = anchorsByLine(YamlSplice.compose(original));
        Map<String, Integer> newLines = new HashMap<>();
        anchorsByLine(YamlSplice.compose(canonical)).values().forEach(list -> list.forEach(a -> newLines.putIfAbsent(a.path(), a.line())));
        TreeMap<Integer, List<Anchor>> ordered = new TreeMap<>(oldLines);
        Map<Integer, List<String>> before = new TreeMap<>();
        Map<Integer, String> after = new HashMap<>();
        List<String> orphans = new ArrayList<>();
        List<String> header = new ArrayList<>();
        List<String> originalLines = original.lines().toList();
        for (CommentEvent c : comments(original)) {
            int line = c.getStartMark().getLine();
            String text = "#" + c.getValue();
            if (c.getCommentType() == CommentType.IN_LINE) {
                var here = ordered.floorEntry(line);
                Integer target = here == null ? null : newLines.get(here.getValue().getLast().path());
                String source = originalLines.get(line);
                int hash = source.lastIndexOf(text);
                if (target != null && !after.containsKey(target) && hash > 0) {
                    String head = source.substring(0, hash);
                    after.put(target, " ".repeat(Math.max(1, head.length() - head.stripTrailing().length())) + text);
                } else {
                    orphans.add(text);
                }
            } else if (ordered.isEmpty() || line < ordered.firstKey()) {
                header.add(text);
            } else {
                var next = ordered.higherEntry(line);
                while (next != null && !newLines.containsKey(next.getValue().getFirst().path())) {
                    next = ordered.higherEntry(next.getKey());
                }
                if (next == null) {
                    orphans.add(text);
                } else {
                    before.computeIfAbsent(newLines.get(next.getValue().getFirst().path()), k -> new ArrayList<>()).add(text);
                }
            }
        }
        StringBuilder out = new StringBuilder();
        header.forEach(c -> out.append(c).append('\n'));
        List<String> lines = canonical.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String indent = line.substring(0, line.length() - line.stripLeading().length());
            for (String c : before.getOrDefault(i, List.of())) {
                out.append(indent).append(c).append('\n');
            }
            out.append(line).append(after.getOrDefault(i, "")).append('\n');
        }
        orphans.forEach(c -> out.append(c).append('\n'));
        return out.toString();
    }

    /** Every comment of the text, in order. */
    static List<CommentEvent> comments(String text) throws YamlSplice.Unspliceable {
        List<CommentEvent> out = new ArrayList<>();
        try {
            LoaderOptions withComments = ProjectMapper.loaderOptions();
            withComments.setProcessComments(true);
            for (Event e : new Yaml(withComments).parse(new StringReader(text))) {
                if (e instanceof CommentEvent c && c.getCommentType() != CommentType.BLANK_LINE) {
                    out.add(c);
                }
            }
        } catch (RuntimeException e) {
            throw new YamlSplice.Unspliceable("not YAML: " + e.getMessage());
        }
        return out;
    }

    /** The keys and list items starting on each line, outermost first. */
    private static Map<Integer, List<Anchor>> anchorsByLine(Node root) {
        Map<Integer, List<Anchor>> out = new LinkedHashMap<>();
        visit(root, "", out);
        return out;
    }

    private static void visit(Node n, String path, Map<Integer, List<Anchor>> out) {
        if (n instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                String key = path + "/" + (t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?");
                add(out, key, t.getKeyNode().getStartMark().getLine());
                visit(t.getValueNode(), key, out);
            }
        } else if (n instanceof SequenceNode s) {
            Map<String, Integer> seen = new HashMap<>();
            for (Node item : s.getValue()) {
                String id = Nodes.identity(item);
                int k = seen.merge(id, 1, Integer::sum);
                String p = path + "/[" + id + (k > 1 ? "#" + k : "") + "]";
                add(out, p, item.getStartMark().getLine());
                visit(item, p, out);
            }
        }
    }

    private static void add(Map<Integer, List<Anchor>> out, String path, int line) {
        out.computeIfAbsent(line, k -> new ArrayList<>()).add(new Anchor(path, line));
    }
}
