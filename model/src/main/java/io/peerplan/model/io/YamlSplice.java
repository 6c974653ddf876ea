package io.peerplan.model.io;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Edits a YAML document in place instead of replacing it: both texts are composed into SnakeYAML
 * node trees (which keep each node's start and end {@code Mark}), the trees are compared, and only
 * what differs is spliced from the new text into the old one. Untouched parts keep their comments,
 * key order, quoting and indentation, so a one-field edit is a one-line diff.
 *
 * <ul>
 *   <li>a changed one-line scalar is replaced where it stands (its trailing comment stays);
 *   <li>keys are matched by name; a new key goes after its predecessor in the new order, a removed
 *       one goes with its lines (a key the new text leaves out only because it holds an empty or
 *       {@code false} value, which Peerplan does not write, stays);
 *   <li>list items are matched by {@link SequenceSplice identity} and added or removed as whole blocks;
 *   <li>anything else that differs (flow style, block scalars, a changed kind) is replaced as a whole entry.
 * </ul>
 * A document this cannot express raises {@link Unspliceable}; the caller then writes the new text.
 */
final class YamlSplice {
    /** The structure is beyond what an in-place edit can express safely. */
    static final class Unspliceable extends Exception {
        Unspliceable(String why) {
            super(why, null, false, false);
        }
    }

    private record Edit(int start, int end, String text, int order) {
    }

    final SourceText old;
    final SourceText neu;
    private final List<Edit> edits = new ArrayList<>();

    private YamlSplice(String original, String canonical) {
        this.old = new SourceText(original);
        this.neu = new SourceText(canonical);
    }

    /** The original text with the new text's differences spliced in. */
    static String splice(String original, String canonical) throws Unspliceable {
        YamlSplice s = new YamlSplice(original, canonical);
        if (!(compose(original) instanceof MappingNode a) || !(compose(canonical) instanceof MappingNode b) || isFlow(a)) {
            throw new Unspliceable("the document is not a block mapping");
        }
        s.mapping(a, b);
        return s.apply();
    }

    static Node compose(String text) throws Unspliceable {
        try {
            return new Yaml(ProjectMapper.loaderOptions()).compose(new StringReader(text));
        } catch (RuntimeException e) {
            throw new Unspliceable("not YAML: " + e.getMessage());
        }
    }

    void mapping(MappingNode a, MappingNode b) throws Unspliceable {
        Map<String, NodeTuple> olds = new LinkedHashMap<>();
        for (NodeTuple t : a.getValue()) {
            olds.put(key(t), t);
        }
        int delta = a.getValue().getFirst().getKeyNode().getStartMark().getColumn()
                - b.getValue().getFirst().getKeyNode().getStartMark().getColumn();
        NodeTuple previous = null;
        List<String> seen = new ArrayList<>();
        for (NodeTuple t : b.getValue()) {
            NodeTuple match = olds.get(key(t));
            seen.add(key(t));
            if (match != null) {
                value(match, t, delta);
                previous = match;
            } else {
                insertEntry(a, previous, t, delta);
            }
        }
        for (NodeTuple t : a.getValue()) {
            if (!seen.contains(key(t)) && !Nodes.isEmpty(t.getValueNode())) {
                removeEntry(a, t);
            }
        }
    }

    private void value(NodeTuple a, NodeTuple b, int delta) throws Unspliceable {
        Node va = a.getValueNode();
        Node vb = b.getValueNode();
        if (Nodes.same(va, vb)) {
            return;
        }
        if (Nodes.oneLineScalar(va) && Nodes.oneLineScalar(vb)) {
            replaceScalar(va, vb);
        } else if (va instanceof MappingNode ma && vb instanceof MappingNode mb && !isFlow(ma) && !isFlow(mb)) {
            mapping(ma, mb);
        } else if (va instanceof SequenceNode sa && vb instanceof SequenceNode sb && !isFlow(sa) && !isFlow(sb)) {
            new SequenceSplice(this, sa, sb).run();
        } else {
            int start = old.at(a.getKeyNode().getStartMark());
            String first = neu.text.substring(neu.at(b.getKeyNode().getStartMark()), entryEnd(neu, b));
            int nl = first.indexOf('\n');
            String text = nl < 0 ? first : first.substring(0, nl + 1) + SourceText.reindent(first.substring(nl + 1), delta);
            edit(start, entryEnd(old, a), text);
        }
    }

    void replaceScalar(Node a, Node b) {
        edit(old.at(a.getStartMark()), old.at(a.getEndMark()), neu.text.substring(neu.at(b.getStartMark()), neu.at(b.getEndMark())));
    }

    private void insertEntry(MappingNode a, NodeTuple previous, NodeTuple t, int delta) {
        int column = t.getKeyNode().getStartMark().getColumn();
        String text = SourceText.reindent(" ".repeat(column) + neu.text.substring(neu.at(t.getKeyNode().getStartMark()), entryEnd(neu, t)), delta);
        int at;
        if (previous != null) {
            at = entryEnd(old, previous);
        } else {
            NodeTuple first = a.getValue().getFirst();
            int firstKey = old.at(first.getKeyNode().getStartMark());
            // Before the first key when it starts its line; after it when it shares the line with "- ".
            at = old.onlyIndentBefore(firstKey) ? old.lineStart(firstKey) : entryEnd(old, first);
        }
        insert(at, text);
    }

    private void removeEntry(MappingNode a, NodeTuple t) throws Unspliceable {
        int key = old.at(t.getKeyNode().getStartMark());
        if (old.onlyIndentBefore(key)) {
            edit(old.lineStart(key), entryEnd(old, t), "");
            return;
        }
        int i = a.getValue().indexOf(t);
        if (i + 1 >= a.getValue().size()) {
            throw new Unspliceable("removing the only key of a list item");
        }
        // The first key of a list item: the next key moves up behind the "- ".
        edit(key, old.at(a.getValue().get(i + 1).getKeyNode().getStartMark()), "");
    }

    /** Inserts whole lines at a line start; a text that does not end in a line break gets one first. */
    void insert(int at, String text) {
        boolean needsBreak = at > 0 && old.text.charAt(at - 1) != '\n';
        edit(at, at, needsBreak ? "\n" + text : text);
    }

    void edit(int start, int end, String text) {
        edits.add(new Edit(start, end, text, edits.size()));
    }

    private static int entryEnd(SourceText src, NodeTuple t) {
        return src.lineEndAfter(Nodes.contentEnd(src, t.getValueNode()));
    }

    private String apply() throws Unspliceable {
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::order).reversed());
        StringBuilder out = new StringBuilder(old.text);
        int limit = Integer.MAX_VALUE;
        for (Edit e : sorted) {
            if (e.end() > limit) {
                throw new Unspliceable("overlapping edits");
            }
            out.replace(e.start(), e.end(), e.text());
            limit = e.start();
        }
        return out.toString();
    }

    private static String key(NodeTuple t) throws Unspliceable {
        if (t.getKeyNode() instanceof ScalarNode s) {
            return s.getValue();
        }
        throw new Unspliceable("a key that is not a scalar");
    }

    static boolean isFlow(Node n) {
        return (n instanceof MappingNode m && m.getFlowStyle() == DumperOptions.FlowStyle.FLOW)
                || (n instanceof SequenceNode s && s.getFlowStyle() == DumperOptions.FlowStyle.FLOW);
    }
}
