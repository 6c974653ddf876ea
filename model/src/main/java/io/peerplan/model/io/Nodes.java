package io.peerplan.model.io;

import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** What {@link YamlSplice} asks of SnakeYAML nodes: equality of content, emptiness, extent, identity. */
final class Nodes {
    /** Plain scalars that read as null or false (YAML 1.1 core types as SnakeYAML resolves them). */
    private static final Set<String> EMPTY_PLAIN = Set.of("", "~", "null", "Null", "NULL", "false", "False", "FALSE");
    /** Keys that name a list item, in order of preference: ids, then names, then route-map and list sequence numbers. */
    private static final List<String> IDENTITY_KEYS = List.of("id", "name", "seq");

    private Nodes() {
    }

    /** Same content, whatever the style: {@code 65101}, {@code "65101"} and {@code '65101'} are one value to Peerplan. */
    static boolean same(Node a, Node b) {
        if (a instanceof ScalarNode sa && b instanceof ScalarNode sb) {
            return sa.getValue().equals(sb.getValue());
        }
        if (a instanceof SequenceNode sa && b instanceof SequenceNode sb) {
            List<Node> x = sa.getValue();
            List<Node> y = sb.getValue();
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!same(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof MappingNode ma && b instanceof MappingNode mb) {
            if (ma.getValue().size() != mb.getValue().size()) {
                return false;
            }
            outer:
            for (NodeTuple t : ma.getValue()) {
                for (NodeTuple u : mb.getValue()) {
                    if (same(t.getKeyNode(), u.getKeyNode())) {
                        if (!same(t.getValueNode(), u.getValueNode())) {
                            return false;
                        }
                        continue outer;
                    }
                }
                return false;
            }
            return true;
        }
        return false;
    }

    /** A value Peerplan leaves out when writing ({@code false}, null, empty collections), so its absence is no change. */
    static boolean isEmpty(Node n) {
        return switch (n) {
            case ScalarNode s -> s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN && EMPTY_PLAIN.contains(s.getValue());
            case SequenceNode s -> s.getValue().stream().allMatch(Nodes::isEmpty);
            case MappingNode m -> m.getValue().stream().allMatch(t -> isEmpty(t.getValueNode()));
            default -> false;
        };
    }

    /** A plain or quoted scalar on one line: replacing its characters cannot disturb any other line. */
    static boolean oneLineScalar(Node n) {
        return n instanceof ScalarNode s && s.getStartMark().getLine() == s.getEndMark().getLine()
                && s.getScalarStyle() != DumperOptions.ScalarStyle.LITERAL && s.getScalarStyle() != DumperOptions.ScalarStyle.FOLDED;
    }

    /**
     * Where a node's own text ends. A block collection's end mark lies at the next token, past any
     * comments that follow it, so its extent is that of its last child instead.
     */
    static int contentEnd(SourceText src, Node n) {
        if (n instanceof MappingNode m && !YamlSplice.isFlow(m) && !m.getValue().isEmpty()) {
            return contentEnd(src, m.getValue().getLast().getValueNode());
        }
        if (n instanceof SequenceNode s && !YamlSplice.isFlow(s) && !s.getValue().isEmpty()) {
            return contentEnd(src, s.getValue().getLast());
        }
        return src.at(n.getEndMark());
    }

    /** What a list item is, so that the same item is found in both lists: its id (name, seq), else its content. */
    static String identity(Node n) {
        if (n instanceof MappingNode m) {
            for (String k : IDENTITY_KEYS) {
                for (NodeTuple t : m.getValue()) {
                    if (t.getKeyNode() instanceof ScalarNode key && key.getValue().equals(k) && t.getValueNode() instanceof ScalarNode v) {
                        return k + "=" + v.getValue();
                    }
                }
            }
        }
        return "content=" + content(n);
    }

    private static String content(Node n) {
        return switch (n) {
            case ScalarNode s -> "'" + s.getValue().replace("'", "''") + "'";
            case SequenceNode s -> s.getValue().stream().map(Nodes::content).toList().toString();
            case MappingNode m -> m.getValue().stream().map(t -> content(t.getKeyNode()) + ":" + content(t.getValueNode())).sorted()
                    .toList().toString();
            default -> n.toString();
        };
    }
}
